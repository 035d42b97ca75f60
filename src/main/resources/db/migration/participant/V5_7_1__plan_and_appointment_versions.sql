-- Goals, steps and appointments are changed through the API by clients that may hold an old
-- copy: each carries a version, and a change based on another version is refused.
ALTER TABLE plan_goal ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan_step ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE appointment ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
