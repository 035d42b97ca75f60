-- The offer search, the earliest start first, without reading every offer that matches:
-- all offers walked by their start; offers open on a day in two parts, those without an
-- end walked by their start (with or without a kind) and those ending on the day or
-- later, found by their end.
CREATE INDEX offer_starts_ix ON offer (starts_on, id);
CREATE INDEX offer_endless_ix ON offer (starts_on, id) WHERE ends_on IS NULL;
CREATE INDEX offer_endless_kind_ix ON offer (kind, starts_on, id) WHERE ends_on IS NULL;
CREATE INDEX offer_ends_ix ON offer (ends_on);
