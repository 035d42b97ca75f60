-- The answers to a comment: read for the threads, and checked when a comment is removed.
CREATE INDEX dialogue_comment_parent ON dialogue_comment (parent_id) WHERE parent_id IS NOT NULL;
-- Reports of an idea, checked when an idea is removed.
CREATE INDEX dialogue_report_idea ON dialogue_report (idea_id);
