-- Public news (Pressemeldungen): articles with an optional image whose media credit is required,
-- a publication date, drafts, and review by a second person before publishing.
CREATE TABLE news_article (
	id UUID PRIMARY KEY,
	version INTEGER NOT NULL,
	title VARCHAR(200) NOT NULL,
	lead VARCHAR(1000) NOT NULL,
	body TEXT NOT NULL,
	publish_on DATE NOT NULL,
	status VARCHAR(20) NOT NULL,
	image BYTEA,
	image_type VARCHAR(50),
	image_alt VARCHAR(300),
	image_photographer VARCHAR(200),
	image_licence VARCHAR(200),
	written_by VARCHAR(100) NOT NULL,
	submitted_by VARCHAR(100),
	published_by VARCHAR(100),
	published_at TIMESTAMP WITH TIME ZONE,
	changed_by VARCHAR(100) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT news_article_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
	CONSTRAINT news_article_image_credited CHECK (image IS NULL OR (image_type IS NOT NULL AND image_alt IS NOT NULL
		AND image_photographer IS NOT NULL AND image_licence IS NOT NULL)),
	CONSTRAINT news_article_reviewed_by_another CHECK (status <> 'PUBLISHED'
		OR (published_by IS NOT NULL AND published_by <> submitted_by))
);

CREATE INDEX news_article_published ON news_article (publish_on DESC) WHERE status = 'PUBLISHED';
