-- The proposal scenario at province scale: :proposals proposals (2019–2025, 2023 left to the demo) added to 淮阴区政协,
-- each state of the table represented, those assigned given to the handling units (the demo clerk unit01's 区民政局
-- among them), with their replies due. Run with: psql -v proposals=100000 -f bench/generate-proposals.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE c AS SELECT "Id" AS id FROM platform_committee WHERE "Name" = '淮阴区政协';
CREATE TEMP TABLE owner AS SELECT p."UserId" AS user_id, m."Id" AS seat FROM organization_membership m JOIN organization_person p ON p."Id" = m."PersonId"
  WHERE m."CommitteeId" = (SELECT id FROM c) AND p."UserId" IS NOT NULL ORDER BY m."MemberNo" LIMIT 1;
CREATE TEMP TABLE u AS SELECT "Id" AS id, row_number() OVER (ORDER BY "SortOrder", "Id") - 1 AS n FROM organization_gov_org
  WHERE "CommitteeId" = (SELECT id FROM c) AND "IsHandlingUnit";
CREATE TEMP TABLE s(n int, state text);
INSERT INTO s VALUES (0, 'Closed'), (1, 'Closed'), (2, 'Handling'), (3, 'Replied'), (4, 'Evaluated'), (5, 'Filed'), (6, 'NotFiled'), (7, 'Merged'),
  (8, 'Converted'), (9, 'UnderReview'), (10, 'Submitted'), (11, 'Assigning'), (12, 'ReplyReview'), (13, 'Withdrawn'), (14, 'Tracking'), (15, 'Rehandling');
CREATE TEMP TABLE g AS
  SELECT i, gen_random_uuid() AS id, (ARRAY[2019, 2020, 2021, 2022, 2024, 2025])[1 + i % 6] AS year, (SELECT state FROM s WHERE s.n = i % 16) AS state
  FROM generate_series(1, :proposals) i;
INSERT INTO proposals_proposal ("Id", "CommitteeId", "Version", "Year", "SerialNo", "CaseNo", "Title", "Situation", "Analysis", "Suggestions", "Category",
  "ProposerType", "Timing", "ConsentToConvert", "IsOpen", "OwnerUserId", "FirstProposerId", "CreatedAt", "SubmittedAt", "DecidedAt", "State", "DueAt",
  "IsKey", "IsExcellent")
SELECT g.id, (SELECT id FROM c), 0, g.year, 1000 + g.i,
  CASE WHEN g.state IN ('Closed', 'Handling', 'Replied', 'Evaluated', 'Filed', 'Assigning', 'ReplyReview', 'Tracking', 'Rehandling') THEN 1000 + g.i END,
  '关于压测议题' || g.i || '的建议', '情况说明。', '原因分析。', '具体建议。', (ARRAY['Economy', 'Politics', 'Culture', 'Society', 'Ecology', 'Other'])[1 + g.i % 6],
  CASE WHEN g.i % 9 = 0 THEN 'Joint' ELSE 'Individual' END, CASE WHEN g.i % 5 = 0 THEN 'Session' ELSE 'Intersession' END, false, true,
  (SELECT user_id FROM owner), (SELECT seat FROM owner),
  make_timestamp(g.year, 1 + g.i % 12, 1 + g.i % 28, 2, 0, 0), make_timestamp(g.year, 1 + g.i % 12, 1 + g.i % 28, 3, 0, 0),
  CASE WHEN g.state NOT IN ('Submitted', 'UnderReview', 'Withdrawn') THEN make_timestamp(g.year, 1 + g.i % 12, 1 + g.i % 28, 3, 0, 0) + interval '12 days' END,
  g.state, CASE WHEN g.state IN ('Handling', 'Assigning', 'Rehandling') THEN make_timestamp(g.year, 1 + g.i % 12, 1 + g.i % 28, 3, 0, 0) + interval '4 months' END,
  false, false
FROM g;
INSERT INTO proposals_assignment ("Id", "CommitteeId", "Version", "ProposalId", "GovOrgId", "Role", "Status", "Open", "AssignedAt", "SignedAt", "ReplyDueAt",
  "ReplyRemindedAt", "OverdueNotifiedAt", "ContactRemindedAt")
SELECT gen_random_uuid(), (SELECT id FROM c), 0, g.id, (SELECT id FROM u WHERE u.n = (g.i / 16) % (SELECT count(*) FROM u)), 'Single',
  CASE WHEN g.state = 'Assigning' THEN 'Assigned' ELSE 'Signed' END, g.state IN ('Assigning', 'Handling', 'Rehandling'),
  make_timestamp(g.year, 1 + g.i % 12, 1 + g.i % 28, 3, 0, 0) + interval '1 month',
  CASE WHEN g.state <> 'Assigning' THEN make_timestamp(g.year, 1 + g.i % 12, 1 + g.i % 28, 3, 0, 0) + interval '1 month 3 days' END,
  make_timestamp(g.year, 1 + g.i % 12, 1 + g.i % 28, 3, 0, 0) + interval '4 months',
  now(), now(), now()
FROM g WHERE g.state IN ('Closed', 'Handling', 'Replied', 'Evaluated', 'Assigning', 'ReplyReview', 'Tracking', 'Rehandling');
COMMIT;
VACUUM ANALYZE proposals_proposal;
VACUUM ANALYZE proposals_assignment;
SELECT count(*) FROM proposals_proposal;
