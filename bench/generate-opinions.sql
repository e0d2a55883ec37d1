-- The 社情民意 scenario at national scale: :items items across the hierarchy (2019–2025, 2023 left to the demo) — half
-- in 淮阴区政协, the rest in the city, provincial and national committees — with one member reporter each in the
-- district, its reports up the chain (70 % of what the district carried went to the city, and on from there), the
-- results at each level, instructions and publications. Run with: psql -v items=1000000 -f bench/generate-opinions.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE k AS SELECT
  (SELECT "Id" FROM platform_committee WHERE "Name" = '淮阴区政协') AS d, (SELECT "Id" FROM platform_committee WHERE "Name" = '淮安市政协') AS ci,
  (SELECT "Id" FROM platform_committee WHERE "Name" = '江苏省政协') AS pr, (SELECT "Id" FROM platform_committee WHERE "Name" = '全国政协') AS na,
  (SELECT p."UserId" FROM organization_membership m JOIN organization_person p ON p."Id" = m."PersonId"
    WHERE m."CommitteeId" = (SELECT "Id" FROM platform_committee WHERE "Name" = '淮阴区政协') AND p."UserId" IS NOT NULL ORDER BY m."MemberNo" LIMIT 1) AS owner;
CREATE TEMP TABLE seat AS SELECT "Id" AS id, row_number() OVER (ORDER BY "MemberNo") - 1 AS n FROM organization_membership WHERE "CommitteeId" = (SELECT d FROM k);
ANALYZE seat;
CREATE TEMP TABLE st(n int, state text);
INSERT INTO st VALUES (0, 'Published'), (1, 'Published'), (2, 'Published'), (3, 'Published'), (4, 'Published'), (5, 'Published'),
  (6, 'Retained'), (7, 'Submitted'), (8, 'Edited'), (9, 'Returned');
CREATE TEMP TABLE g AS
  SELECT i, gen_random_uuid() AS id,
    CASE WHEN i % 100 < 50 THEN (SELECT d FROM k) WHEN i % 100 < 75 THEN (SELECT ci FROM k) WHEN i % 100 < 92 THEN (SELECT pr FROM k) ELSE (SELECT na FROM k) END AS committee,
    (ARRAY[2019, 2020, 2021, 2022, 2024, 2025])[1 + (i / 100) % 6] AS year, (SELECT state FROM st WHERE st.n = (i / 7) % 10) AS state
  FROM generate_series(1, :items) i;
CREATE TEMP TABLE gi AS SELECT g.*, row_number() OVER (PARTITION BY committee, year ORDER BY i) AS serial,
  make_timestamp(year, 1 + i % 12, 1 + i % 28, 2, 0, 0) AS at FROM g;
INSERT INTO opinions_item ("Id", "CommitteeId", "Version", "Year", "SerialNo", "Title", "Body", "EditedTitle", "EditedBody", "Category", "Source", "OrgName",
  "OwnerUserId", "CreatedAt", "SubmittedAt", "SignedBy", "SignedAt", "Adoption", "State", "DueAt")
SELECT id, committee, 0, year, serial, '关于第 ' || i || ' 号社情民意问题的建议', '情况、分析和建议：第 ' || i || ' 号信息反映的问题在基层较为突出，建议有关部门研究解决。',
  CASE WHEN state IN ('Published', 'Edited') THEN '关于第 ' || i || ' 号社情民意问题的建议' END,
  CASE WHEN state IN ('Published', 'Edited') THEN '情况、分析和建议：第 ' || i || ' 号信息反映的问题在基层比较突出，建议有关部门研究解决。' END,
  (ARRAY['Economy', 'Society', 'Culture', 'Ecology', 'Politics', 'Other'])[1 + i % 6],
  CASE WHEN committee = (SELECT d FROM k) THEN 'Member' ELSE 'LowerCommittee' END,
  CASE WHEN committee = (SELECT d FROM k) THEN NULL ELSE '下级政协' END,
  (SELECT owner FROM k), at - interval '1 day', at,
  CASE WHEN state = 'Published' THEN '秘书长' END, CASE WHEN state = 'Published' THEN at + interval '5 days' END,
  CASE WHEN state = 'Published' THEN (CASE WHEN i % 5 = 0 THEN 'Composite' ELSE 'Single' END) END,
  state, CASE WHEN state IN ('Submitted', 'Edited') THEN at + interval '7 days' END
FROM gi;
INSERT INTO opinions_reporter ("Id", "CommitteeId", "ItemId", "MembershipId", "Name", "Order")
SELECT gen_random_uuid(), committee, gi.id, s.id, '委员', 0
FROM gi JOIN seat s ON s.n = gi.i % (SELECT count(*) FROM seat) -- a hash join: one seat per item, round the roster
WHERE committee = (SELECT d FROM k);
-- The district's carried items go up: 70 % to the city; of those the city adopted, a third on to the province; of
-- those the province adopted, half on to the national committee.
CREATE TEMP TABLE up AS SELECT id, i, at FROM gi WHERE committee = (SELECT d FROM k) AND state = 'Published' AND i % 10 < 7;
INSERT INTO opinions_report ("Id", "CommitteeId", "Version", "ItemId", "OriginItemId", "OriginCommitteeId", "Level", "ReceiverName", "ReceiverCommitteeId",
  "SentAt", "SentBy", "Result", "ResultAt", "BulletinNo")
SELECT gen_random_uuid(), (SELECT d FROM k), 0, id, id, (SELECT d FROM k), 'City', '淮安市政协', (SELECT ci FROM k), at + interval '10 days', '信息科',
  (ARRAY['Single', 'Single', 'Composite', 'NotAdopted', 'Pending'])[1 + i % 5], CASE WHEN i % 5 < 4 THEN at + interval '25 days' END,
  CASE WHEN i % 5 < 3 THEN '淮安市政协《社情民意》第 ' || (i % 200) || ' 期' END
FROM up;
INSERT INTO opinions_report ("Id", "CommitteeId", "Version", "ItemId", "OriginItemId", "OriginCommitteeId", "Level", "ReceiverName", "ReceiverCommitteeId",
  "SentAt", "SentBy", "Result", "ResultAt")
SELECT gen_random_uuid(), (SELECT ci FROM k), 0, id, id, (SELECT d FROM k), 'Provincial', '江苏省政协', (SELECT pr FROM k), at + interval '30 days', '信息科',
  (ARRAY['Single', 'Composite', 'NotAdopted', 'Pending'])[1 + i % 4], CASE WHEN i % 4 < 3 THEN at + interval '45 days' END
FROM up WHERE i % 5 < 3 AND i % 3 = 0;
INSERT INTO opinions_report ("Id", "CommitteeId", "Version", "ItemId", "OriginItemId", "OriginCommitteeId", "Level", "ReceiverName", "ReceiverCommitteeId",
  "SentAt", "SentBy", "Result", "ResultAt")
SELECT gen_random_uuid(), (SELECT pr FROM k), 0, id, id, (SELECT d FROM k), 'National', '全国政协', (SELECT na FROM k), at + interval '50 days', '信息科',
  (ARRAY['Single', 'Forwarded', 'Pending'])[1 + i % 3], CASE WHEN i % 3 < 2 THEN at + interval '70 days' END
FROM up WHERE i % 5 < 2 AND i % 3 = 0 AND i % 2 = 0;
INSERT INTO instructions_instruction ("Id", "CommitteeId", "Version", "TargetType", "TargetId", "TargetTitle", "Level", "LeaderName", "LeaderTitle", "InstructedOn",
  "Text", "CreatedAt", "CreatedBy", "State")
SELECT gen_random_uuid(), (SELECT d FROM k), 0, 'opinion', id, '关于第 ' || i || ' 号社情民意问题的建议', (ARRAY['District', 'City', 'Provincial'])[1 + i % 3],
  '主要领导', '', (at + interval '40 days')::date, '请有关部门研究。', at + interval '41 days', '信息科', 'Closed'
FROM up WHERE i % 100 = 1;
INSERT INTO opinions_publication ("Id", "CommitteeId", "Version", "ItemId", "Name", "Issue", "PublishedOn", "CreatedAt")
SELECT gen_random_uuid(), (SELECT d FROM k), 0, id, '《经济要参》', '第 ' || (i % 50) || ' 期', (at + interval '60 days')::date, at + interval '61 days'
FROM up WHERE i % 500 = 3;
COMMIT;
VACUUM ANALYZE opinions_item;
VACUUM ANALYZE opinions_reporter;
VACUUM ANALYZE opinions_report;
SELECT count(*) FROM opinions_item;
