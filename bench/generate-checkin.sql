-- The check-in burst: :count of the generated members (BX…, from generate-members.sql) get logins with the demo
-- password, and one published, mandatory meeting with them all on its list and its check-in window open now.
-- Prints the meeting's id. Run with: psql -v count=1000 -f bench/generate-checkin.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE c AS SELECT "Id" AS id FROM platform_committee WHERE "Name" = '淮阴区政协';
CREATE TEMP TABLE m AS
  SELECT ms."Id" AS mid, ms."PersonId" AS pid, ms."MemberNo" AS no, gen_random_uuid() AS uid
  FROM organization_membership ms
  WHERE ms."CommitteeId" = (SELECT id FROM c) AND ms."MemberNo" LIKE 'BX%'
  ORDER BY ms."MemberNo" LIMIT :count;

INSERT INTO platform_user ("Id", "DisplayName", "IsActive", "CreatedAt", "UserName", "NormalizedUserName", "EmailConfirmed", "PasswordHash",
  "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
SELECT uid, '委员' || no, true, now(), lower(no), upper(no), false, (SELECT "PasswordHash" FROM platform_user WHERE "UserName" = 'member01'),
  md5(random()::text), md5(random()::text), false, false, true, 0
FROM m;
UPDATE organization_person p SET "UserId" = m.uid FROM m WHERE p."Id" = m.pid;
INSERT INTO platform_committee_role ("Id", "CommitteeId", "UserId", "Role", "GrantedAt")
SELECT gen_random_uuid(), (SELECT id FROM c), uid, 'Member', now() FROM m;

CREATE TEMP TABLE a AS SELECT gen_random_uuid() AS id;
INSERT INTO meetings_activity ("Id", "CommitteeId", "Version", "Type", "Title", "Description", "Place", "StartsAt", "EndsAt", "CheckInFrom",
  "CheckInUntil", "Attendance", "Organizer", "Tags", "State", "CheckInKey")
SELECT id, (SELECT id FROM c), 0, 'Plenary', '签到压力测试：全体会议', '', '淮阴区会议中心', now() - interval '10 minutes', now() + interval '3 hours',
  now() - interval '40 minutes', now() + interval '3 hours', 'Mandatory', '政协办公室', '', 'Published',
  decode(md5(random()::text) || md5(random()::text), 'hex')
FROM a;
INSERT INTO meetings_participation ("Id", "CommitteeId", "Version", "ActivityId", "MembershipId", "Role", "State", "LeaveRequests", "Speech")
SELECT gen_random_uuid(), (SELECT id FROM c), 0, (SELECT id FROM a), mid, 'Attendee', 'Invited', 0, 'None' FROM m;
COMMIT;
VACUUM ANALYZE platform_user;
VACUUM ANALYZE meetings_participation;
SELECT id FROM a;
