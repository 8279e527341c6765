-- Partner webhook registrations: where to POST which events, and the secret that signs them.
-- Portable DDL (Derby 10.16 and PostgreSQL 15). Ids are UUID text; kinds are a comma-separated list of public
-- event names (forecastPublished,...). Removal is a soft delete (REMOVED_AT) so deliveries already queued can tell
-- a removed partner from an unknown one. The secret is needed in clear to compute HMACs: protect the database.

CREATE TABLE PARTNER_WEBHOOK (
    WEBHOOK_ID VARCHAR(36) NOT NULL,
    PARTNER_NAME VARCHAR(200) NOT NULL,
    URL VARCHAR(2000) NOT NULL,
    EVENT_KINDS VARCHAR(500) NOT NULL,
    FILTER_ITEM VARCHAR(64),
    FILTER_WORK_CENTER VARCHAR(128),
    FILTER_PLANT VARCHAR(64),
    SECRET VARCHAR(200) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    REMOVED_AT TIMESTAMP,
    CONSTRAINT PARTNER_WEBHOOK_PK PRIMARY KEY (WEBHOOK_ID)
);

CREATE INDEX PARTNER_WEBHOOK_ACTIVE_IX ON PARTNER_WEBHOOK (REMOVED_AT);
