-- Workflows (issue 4): what a schedule proposal was planned against, and which planned orders were released.

-- The last-modified time (Odoo's write_date, UTC) of the order or work order when the planner read it; null when
-- the planner did not say (see docs/workflows.md).
ALTER TABLE PLAN_SCHEDULE_PROPOSAL ADD COLUMN BASED_ON TIMESTAMP;

-- One row per released planned order: a line is released at most once. The lines of one request for quotation
-- share its idempotency key and command id.
CREATE TABLE PLAN_ORDER_RELEASE (
    BATCH_NO INTEGER NOT NULL,
    LINE_NO INTEGER NOT NULL,
    IDEMPOTENCY_KEY VARCHAR(64) NOT NULL,
    COMMAND_ID BIGINT NOT NULL,
    VENDOR_ID BIGINT,
    RELEASED_AT TIMESTAMP NOT NULL,
    CONSTRAINT PLAN_ORDER_RELEASE_PK PRIMARY KEY (BATCH_NO, LINE_NO),
    CONSTRAINT PLAN_ORDER_RELEASE_BATCH_FK FOREIGN KEY (BATCH_NO) REFERENCES PLAN_PLANNED_ORDER_BATCH (BATCH_NO)
);

CREATE INDEX PLAN_ORDER_RELEASE_KEY_IX ON PLAN_ORDER_RELEASE (IDEMPOTENCY_KEY);
