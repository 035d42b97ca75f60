-- Grants of a funding programme to a project for a period, with the funder's reporting
-- dates and the budget lines with planned and actual amounts per month (in cents).
CREATE TABLE funding_grant (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	programme_id UUID NOT NULL REFERENCES funding_programme (id),
	-- the project in the project module, held by its identifier only
	project_id UUID NOT NULL,
	starts_on DATE NOT NULL,
	ends_on DATE NOT NULL,
	amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
	co_financing_percent INTEGER NOT NULL CHECK (co_financing_percent BETWEEN 0 AND 100),
	notice_number VARCHAR(80) NOT NULL,
	notice_date DATE NOT NULL,
	created_by VARCHAR(100) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT funding_grant_period CHECK (ends_on >= starts_on)
);

CREATE INDEX funding_grant_by_project ON funding_grant (project_id);
CREATE INDEX funding_grant_by_programme ON funding_grant (programme_id);

CREATE TABLE funding_reporting_date (
	grant_id UUID NOT NULL REFERENCES funding_grant (id) ON DELETE CASCADE,
	due_on DATE NOT NULL,
	-- when the reminder went out, so it goes out once
	reminded_at TIMESTAMP WITH TIME ZONE,
	PRIMARY KEY (grant_id, due_on)
);

CREATE INDEX funding_reporting_date_due ON funding_reporting_date (due_on) WHERE reminded_at IS NULL;

CREATE TABLE funding_budget_line (
	id UUID PRIMARY KEY,
	grant_id UUID NOT NULL REFERENCES funding_grant (id) ON DELETE CASCADE,
	category VARCHAR(40) NOT NULL,
	-- the cost centre (Kostenstelle) under which the city's finance system books it
	cost_centre VARCHAR(40) NOT NULL UNIQUE,
	CONSTRAINT funding_budget_line_category CHECK (category IN ('STAFF', 'MATERIAL', 'PARTICIPANT_ALLOWANCES',
		'OVERHEADS'))
);

CREATE INDEX funding_budget_line_by_grant ON funding_budget_line (grant_id);

CREATE TABLE funding_budget_month (
	budget_line_id UUID NOT NULL REFERENCES funding_budget_line (id) ON DELETE CASCADE,
	month DATE NOT NULL CHECK (extract(day FROM month) = 1),
	planned_cents BIGINT NOT NULL DEFAULT 0 CHECK (planned_cents >= 0),
	actual_cents BIGINT,
	PRIMARY KEY (budget_line_id, month)
);
