-- The work list and the instruction ledger at city scale: 淮阴区政协 and nine more district committees of 淮安市, each
-- with :items annual tasks a year for 2021–2025 (a monthly progress entry for every task and month, a weekly dispatch
-- note every week) and :instructions leaders' instructions a year. The district's demo data stays as it is.
-- Run with: psql -v items=80 -v instructions=60 -f bench/generate-plans.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE k AS SELECT (SELECT "Id" FROM platform_committee WHERE "Name" = '淮阴区政协') AS d,
  (SELECT "Id" FROM platform_committee WHERE "Name" = '淮安市政协') AS city;
-- The district's chair and vice-chairs lead every generated task (the other committees have no roster of their own here).
CREATE TEMP TABLE leaders AS SELECT m."Id" AS id, row_number() OVER (ORDER BY m."MemberNo") - 1 AS n
  FROM organization_membership m WHERE m."CommitteeId" = (SELECT d FROM k) AND m."Role" IN ('Chair', 'ViceChair');
INSERT INTO platform_committee ("Id", "Name", "Level", "ParentId", "CreatedAt")
SELECT gen_random_uuid(), '基准第' || i || '区政协', 'District', (SELECT city FROM k), now() FROM generate_series(1, 9) i;
CREATE TEMP TABLE cs AS SELECT (SELECT d FROM k) AS id UNION ALL SELECT "Id" FROM platform_committee WHERE "Name" LIKE '基准第%区政协';
CREATE TEMP TABLE wi AS SELECT gen_random_uuid() AS id, cs.id AS committee, y AS year, i
  FROM cs, generate_series(2021, 2025) y, generate_series(1, :items) i;
INSERT INTO plans_work_item ("Id", "CommitteeId", "Version", "Year", "Title", "LeadLeaderId", "ResponsibleUnit", "Deadline", "Outcome", "SortOrder", "State", "DueAt")
SELECT id, committee, 0, year, '第 ' || i || ' 项年度工作：推进重点任务落实落地', (SELECT l.id FROM leaders l WHERE l.n = i % (SELECT count(*) FROM leaders)),
  (ARRAY['办公室', '提案委员会', '经济委员会', '社会和法制委员会'])[1 + i % 4], make_date(year, 1 + i % 12, 28),
  CASE WHEN i % 5 <> 0 THEN '已按期完成。' END, 100 + i, CASE WHEN i % 5 <> 0 THEN 'Done' ELSE 'Open' END,
  CASE WHEN i % 5 = 0 THEN make_timestamptz(year, 1 + i % 12, 28, 15, 59, 59, 'UTC') END
FROM wi;
INSERT INTO plans_work_progress ("Id", "CommitteeId", "Version", "WorkItemId", "Month", "Text", "EnteredBy", "EnteredAt", "ReviewedOn")
SELECT gen_random_uuid(), committee, 0, id, make_date(year, m, 1), '本月按计划推进，完成阶段性目标，下月继续跟进。', '办公室',
  make_timestamptz(year, m, 25, 2, 0, 0, 'UTC'), make_date(year, m, 28)
FROM wi, generate_series(1, 12) m;
INSERT INTO plans_dispatch_note ("Id", "CommitteeId", "Version", "WeekOf", "WorkItemId", "Text", "EnteredBy", "EnteredAt")
SELECT gen_random_uuid(), cs.id, 0, (make_date(y, 1, 4) - extract(isodow FROM make_date(y, 1, 4))::int + 1) + w * 7, NULL,
  '本周调度：各项任务按序时推进，个别事项协调解决。', '办公室', now()
FROM cs, generate_series(2021, 2025) y, generate_series(0, 51) w;
INSERT INTO instructions_instruction ("Id", "CommitteeId", "Version", "TargetType", "TargetId", "TargetTitle", "Level", "LeaderName", "LeaderTitle", "InstructedOn",
  "Text", "Department", "FeedbackDue", "Feedback", "FeedbackAt", "CreatedAt", "CreatedBy", "State", "DueAt")
SELECT gen_random_uuid(), cs.id, 0, (ARRAY['opinion', 'result', 'topic'])[1 + i % 3], gen_random_uuid(), '关于第 ' || i || ' 项协商成果的批示',
  (ARRAY['District', 'City', 'Provincial'])[1 + i % 3], '主要领导', '', make_date(y, 1 + i % 12, 1 + i % 27), '请有关部门认真研究，提出落实意见。',
  '有关部门', make_date(y, 1 + i % 12, 1 + i % 27) + 30, CASE WHEN i % 3 <> 0 THEN '已研究落实。' END,
  CASE WHEN i % 3 <> 0 THEN make_timestamptz(y, 1 + i % 12, 1 + i % 27, 2, 0, 0, 'UTC') + interval '20 days' END,
  make_timestamptz(y, 1 + i % 12, 1 + i % 27, 2, 0, 0, 'UTC'), '办公室', CASE WHEN i % 3 <> 0 THEN 'Closed' ELSE 'Open' END,
  make_timestamptz(y, 1 + i % 12, 1 + i % 27, 15, 59, 59, 'UTC') + interval '30 days'
FROM cs, generate_series(2021, 2025) y, generate_series(1, :instructions) i;
COMMIT;
VACUUM ANALYZE plans_work_item;
VACUUM ANALYZE plans_work_progress;
VACUUM ANALYZE instructions_instruction;
SELECT (SELECT count(*) FROM plans_work_item) || ' ' || (SELECT count(*) FROM instructions_instruction);
