-- Fills 淮阴区政协 up to :total memberships (persons with seats spread over its sectors, duty groups and special
-- committees), for the directory and profile benchmarks. Run with: psql -v total=50000 -f bench/generate-members.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE c AS SELECT "Id" AS id FROM platform_committee WHERE "Name" = '淮阴区政协';
CREATE TEMP TABLE s AS SELECT "Id" AS id, row_number() OVER (ORDER BY "SortOrder", "Id") - 1 AS n FROM organization_sector WHERE "CommitteeId" = (SELECT id FROM c);
CREATE TEMP TABLE d AS SELECT "Id" AS id, row_number() OVER (ORDER BY "Name", "Id") - 1 AS n FROM organization_duty_group WHERE "CommitteeId" = (SELECT id FROM c);
CREATE TEMP TABLE k AS SELECT "Id" AS id, row_number() OVER (ORDER BY "SortOrder", "Id") - 1 AS n FROM organization_special_committee WHERE "CommitteeId" = (SELECT id FROM c);
CREATE TEMP TABLE p(n int, name text);
INSERT INTO p VALUES (0, '中共党员'), (1, '民革党员'), (2, '民盟盟员'), (3, '民建会员'), (4, '民进会员'), (5, '农工党党员'), (6, '九三学社社员'), (7, '无党派人士'), (8, '群众');
CREATE TEMP TABLE g AS
  SELECT i, gen_random_uuid() AS pid, gen_random_uuid() AS mid
  FROM generate_series(1, GREATEST(0, :total - (SELECT count(*) FROM organization_membership WHERE "CommitteeId" = (SELECT id FROM c)))) i;

INSERT INTO organization_person ("Id", "CommitteeId", "Name", "Gender", "BirthYear", "Party", "Mobile", "Employer", "JobTitle", "UserId", "Version")
SELECT g.pid, (SELECT id FROM c), '委员' || g.i, CASE WHEN g.i % 3 = 1 THEN 'Female' ELSE 'Male' END, 1955 + g.i % 40,
       (SELECT name FROM p WHERE p.n = g.i % 9), '151' || lpad(g.i::text, 8, '0'), '淮阴区第' || (g.i % 300) || '单位', '主任', NULL, 0
FROM g;

INSERT INTO organization_membership ("Id", "CommitteeId", "PersonId", "Term", "MemberNo", "Role", "IsStanding", "SectorId", "DutyGroupId", "Status", "Version")
SELECT g.mid, (SELECT id FROM c), g.pid, '第十届', 'BX' || lpad(g.i::text, 6, '0'), 'Member', g.i % 50 = 0,
       (SELECT id FROM s WHERE s.n = g.i % (SELECT count(*) FROM s)), (SELECT id FROM d WHERE d.n = g.i % (SELECT count(*) FROM d)), 'Active', 0
FROM g;

INSERT INTO organization_special_committee_seat ("Id", "CommitteeId", "MembershipId", "SpecialCommitteeId", "IsDirector")
SELECT gen_random_uuid(), (SELECT id FROM c), g.mid, (SELECT id FROM k WHERE k.n = g.i % (SELECT count(*) FROM k)), false
FROM g WHERE g.i % 3 = 0;
COMMIT;
VACUUM ANALYZE organization_person;
VACUUM ANALYZE organization_membership;
VACUUM ANALYZE organization_special_committee_seat;
SELECT count(*) AS memberships FROM organization_membership;
