-- The 码上议 scenario at the scale of Huai'an city in 2023: :rooms consultation rooms and :issues issues in a year,
-- added to 淮阴区政协 beside the demo's. Codes use the public alphabet (digits 0 and 1 are not in it).
-- Run with: psql -v rooms=1700 -v issues=200000 -f bench/generate-grassroots.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE c AS SELECT "Id" AS id FROM platform_committee WHERE "Name" = '淮阴区政协';
CREATE TEMP TABLE t AS SELECT "Id" AS id, row_number() OVER (ORDER BY "SortOrder", "Id") - 1 AS n FROM organization_township WHERE "CommitteeId" = (SELECT id FROM c);
CREATE TEMP TABLE r AS
  SELECT i, gen_random_uuid() AS id, 'R' || translate(lpad(i::text, 7, '0'), '0123456789', '23456789AB') AS code
  FROM generate_series(1, GREATEST(0, :rooms - (SELECT count(*) FROM grassroots_room WHERE "CommitteeId" = (SELECT id FROM c)))) i;
INSERT INTO grassroots_room ("Id", "CommitteeId", "Version", "Name", "Level", "TownshipId", "Code", "FirstConvener", "Address", "IsOpen")
SELECT r.id, (SELECT id FROM c), 0, '压测' || r.i || '号协商议事室', 'Village', (SELECT id FROM t WHERE t.n = r.i % (SELECT count(*) FROM t)),
  r.code, '书记' || r.i, '压测地址', true
FROM r;
CREATE TEMP TABLE rn AS SELECT id, row_number() OVER (ORDER BY "Code") - 1 AS n FROM (SELECT "Id" AS id, "Code" FROM grassroots_room WHERE "CommitteeId" = (SELECT id FROM c)) x;
CREATE TEMP TABLE s(n int, state text);
INSERT INTO s VALUES (0, 'Closed'), (1, 'Closed'), (2, 'Published'), (3, 'Implementing'), (4, 'Transferred'), (5, 'Answered'), (6, 'Rejected'), (7, 'Received');
INSERT INTO grassroots_issue ("Id", "CommitteeId", "Version", "RoomId", "TrackingCode", "Title", "Text", "Anonymous", "SubmittedAt", "SenderHash",
  "State", "PublicResult", "Reopened")
SELECT gen_random_uuid(), (SELECT id FROM c), 0, (SELECT id FROM rn WHERE rn.n = g.i % (SELECT count(*) FROM rn)),
  'B' || translate(lpad(g.i::text, 9, '0'), '0123456789', '23456789AB'), '压测提议' || g.i, '村道路灯不亮，请尽快维修。联系电话 13912345678。',
  g.i % 3 = 0, timestamp '2023-01-01' + (g.i % 365) * interval '1 day' + (g.i % 600) * interval '1 minute', 'bench',
  (SELECT state FROM s WHERE s.n = g.i % 8), CASE WHEN g.i % 8 IN (0, 1, 2, 4, 5) THEN '经议事室协商，问题已解决。' END, false
FROM generate_series(1, :issues) g(i);
COMMIT;
VACUUM ANALYZE grassroots_room;
VACUUM ANALYZE grassroots_issue;
SELECT (SELECT "Code" FROM grassroots_room WHERE "Code" LIKE 'R%' ORDER BY "Code" LIMIT 1 OFFSET 7) || ' ' ||
       (SELECT 'B' || translate(lpad('123457', 9, '0'), '0123456789', '23456789AB'));
