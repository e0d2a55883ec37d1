using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "instructions_instruction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LeaderTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InstructedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FeedbackDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    FeedbackAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instructions_instruction", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "meetings_campaign",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings_campaign", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opinions_bulletin",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IssueNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions_bulletin", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_duty_sector",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_duty_sector", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_gov_org",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsHandlingUnit = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_gov_org", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_gov_org_organization_gov_org_ParentId",
                        column: x => x.ParentId,
                        principalTable: "organization_gov_org",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_institution",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AdoptedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Governs = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_institution", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_party_branch",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HostKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_party_branch", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_roster_import",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProcessedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: true),
                    NewCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdateCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UnchangedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ProblemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ProblemsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HeartbeatAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_roster_import", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_special_committee",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_special_committee", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_team",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_team", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_township",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_township", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActionLabel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_committee",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_committee", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_committee_platform_committee_ParentId",
                        column: x => x.ParentId,
                        principalTable: "platform_committee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_data_protection_key",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_data_protection_key", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_file",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_file", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_holiday",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_holiday", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_job_run",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastRunAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastNode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastFinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_job_run", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_permission",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_permission", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "platform_user",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "proposals_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReplyClassD = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisabledReasons = table.Column<string>(type: "TEXT", nullable: false),
                    OwnReasons = table.Column<string>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_hall",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DutySectorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_hall", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_hall_organization_duty_sector_DutySectorId",
                        column: x => x.DutySectorId,
                        principalTable: "organization_duty_sector",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_sector",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DutySectorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_sector", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_sector_organization_duty_sector_DutySectorId",
                        column: x => x.DutySectorId,
                        principalTable: "organization_duty_sector",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_gov_leader",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GovOrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_gov_leader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_gov_leader_organization_gov_org_GovOrgId",
                        column: x => x.GovOrgId,
                        principalTable: "organization_gov_org",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_work_group",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_work_group", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_work_group_organization_township_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "organization_township",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_permission",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Permission = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_permission", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_role_permission_platform_committee_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "platform_committee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_gov_org_user",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GovOrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_gov_org_user", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_gov_org_user_organization_gov_org_GovOrgId",
                        column: x => x.GovOrgId,
                        principalTable: "organization_gov_org",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_organization_gov_org_user_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_person",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Party = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_person", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_person_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "platform_committee_role",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_committee_role", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_committee_role_platform_committee_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "platform_committee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_committee_role_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_notification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_notification", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_notification_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_claim",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_claim", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_claim_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_login",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_login", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_platform_user_login_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_token",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_token", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_platform_user_token_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_studio",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_studio", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_studio_organization_hall_HallId",
                        column: x => x.HallId,
                        principalTable: "organization_hall",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_duty_group",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    WorkGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_duty_group", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_duty_group_organization_work_group_WorkGroupId",
                        column: x => x.WorkGroupId,
                        principalTable: "organization_work_group",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liaison_contact",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudioId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_contact", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liaison_contact_organization_hall_HallId",
                        column: x => x.HallId,
                        principalTable: "organization_hall",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liaison_contact_organization_studio_StudioId",
                        column: x => x.StudioId,
                        principalTable: "organization_studio",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_membership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MemberNo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsStanding = table.Column<bool>(type: "INTEGER", nullable: false),
                    SectorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DutyGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_membership", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_membership_organization_duty_group_DutyGroupId",
                        column: x => x.DutyGroupId,
                        principalTable: "organization_duty_group",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organization_membership_organization_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "organization_person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organization_membership_organization_sector_SectorId",
                        column: x => x.SectorId,
                        principalTable: "organization_sector",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_village",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DutyGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_village", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_village_organization_duty_group_DutyGroupId",
                        column: x => x.DutyGroupId,
                        principalTable: "organization_duty_group",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organization_village_organization_township_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "organization_township",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liaison_contact_link",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactObjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_contact_link", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liaison_contact_link_liaison_contact_ContactObjectId",
                        column: x => x.ContactObjectId,
                        principalTable: "liaison_contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_liaison_contact_link_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liaison_record",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudioId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_record", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liaison_record_organization_hall_HallId",
                        column: x => x.HallId,
                        principalTable: "organization_hall",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liaison_record_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liaison_record_organization_studio_StudioId",
                        column: x => x.StudioId,
                        principalTable: "organization_studio",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liaison_work_content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudioId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_work_content", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liaison_work_content_organization_hall_HallId",
                        column: x => x.HallId,
                        principalTable: "organization_hall",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liaison_work_content_organization_membership_LeadId",
                        column: x => x.LeadId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_liaison_work_content_organization_studio_StudioId",
                        column: x => x.StudioId,
                        principalTable: "organization_studio",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_grouping_change",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grouping = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_grouping_change", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_grouping_change_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_special_committee_seat",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpecialCommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDirector = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_special_committee_seat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_special_committee_seat_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_organization_special_committee_seat_organization_special_committee_SpecialCommitteeId",
                        column: x => x.SpecialCommitteeId,
                        principalTable: "organization_special_committee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_team_member",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutsiderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OutsiderEmployer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_team_member", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_team_member_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organization_team_member_organization_team_TeamId",
                        column: x => x.TeamId,
                        principalTable: "organization_team",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_topic",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Around = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    LeadLeaderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadCommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_topic", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_topic_organization_membership_LeadLeaderId",
                        column: x => x.LeadLeaderId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_topic_organization_special_committee_LeadCommitteeId",
                        column: x => x.LeadCommitteeId,
                        principalTable: "organization_special_committee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_topic_plans_plan_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans_plan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposals_proposal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SerialNo = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseNo = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Analysis = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Suggestions = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProposerType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CollectiveOrg = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CollectiveContact = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Timing = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ConsentToConvert = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstProposerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotFiledReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConvertedTo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TrackingResult = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsKey = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeySupervisorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    KeyNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsExcellent = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_proposal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proposals_proposal_organization_membership_FirstProposerId",
                        column: x => x.FirstProposerId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_proposals_proposal_organization_membership_KeySupervisorId",
                        column: x => x.KeySupervisorId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_proposals_proposal_proposals_proposal_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grassroots_room",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DutyGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstConvener = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExecConvenerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grassroots_room", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grassroots_room_organization_duty_group_DutyGroupId",
                        column: x => x.DutyGroupId,
                        principalTable: "organization_duty_group",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_grassroots_room_organization_membership_ExecConvenerId",
                        column: x => x.ExecConvenerId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_grassroots_room_organization_township_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "organization_township",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grassroots_room_organization_village_VillageId",
                        column: x => x.VillageId,
                        principalTable: "organization_village",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liaison_record_contact",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LiaisonRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactObjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_record_contact", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liaison_record_contact_liaison_contact_ContactObjectId",
                        column: x => x.ContactObjectId,
                        principalTable: "liaison_contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liaison_record_contact_liaison_record_LiaisonRecordId",
                        column: x => x.LiaisonRecordId,
                        principalTable: "liaison_record",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_work_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeadLeaderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponsibleUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_work_item", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_work_item_organization_membership_LeadLeaderId",
                        column: x => x.LeadLeaderId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_work_item_plans_topic_TopicId",
                        column: x => x.TopicId,
                        principalTable: "plans_topic",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opinions_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SerialNo = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    EditedTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EditedBody = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrgName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScreenNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BulletinId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Adoption = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FromProposalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedFromItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OriginItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions_item", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opinions_item_opinions_bulletin_BulletinId",
                        column: x => x.BulletinId,
                        principalTable: "opinions_bulletin",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_opinions_item_proposals_proposal_FromProposalId",
                        column: x => x.FromProposalId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proposals_assignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GovOrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Open = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReplyDueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ContactedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContactMode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ContactDueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReplyRemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverdueNotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContactRemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CoOpinion = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    CoOpinionAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_assignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proposals_assignment_organization_gov_org_GovOrgId",
                        column: x => x.GovOrgId,
                        principalTable: "organization_gov_org",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_proposals_assignment_proposals_proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposals_clue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    SubmitterUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmitterName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferredToCommitteeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferredCopyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferredFromCommitteeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferredFromClueId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_clue", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proposals_clue_meetings_campaign_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "meetings_campaign",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_proposals_clue_proposals_proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "proposals_evaluation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactMode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attitude = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pertinent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_evaluation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proposals_evaluation_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_proposals_evaluation_proposals_proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposals_signer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_signer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proposals_signer_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_proposals_signer_proposals_proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meetings_activity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckInFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckInUntil = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SignUpUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OrganizerCommitteeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Organizer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CheckInKey = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    SettledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings_activity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meetings_activity_grassroots_room_RoomId",
                        column: x => x.RoomId,
                        principalTable: "grassroots_room",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_meetings_activity_meetings_campaign_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "meetings_campaign",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_meetings_activity_organization_special_committee_OrganizerCommitteeId",
                        column: x => x.OrganizerCommitteeId,
                        principalTable: "organization_special_committee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_dispatch_note",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WeekOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WorkItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_dispatch_note", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_dispatch_note_plans_work_item_WorkItemId",
                        column: x => x.WorkItemId,
                        principalTable: "plans_work_item",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_work_progress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_work_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_work_progress_plans_work_item_WorkItemId",
                        column: x => x.WorkItemId,
                        principalTable: "plans_work_item",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opinions_publication",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions_publication", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opinions_publication_opinions_item_ItemId",
                        column: x => x.ItemId,
                        principalTable: "opinions_item",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opinions_report",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginCommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceiverName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceiverCommitteeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceiverItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResultAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BulletinNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions_report", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opinions_report_opinions_item_ItemId",
                        column: x => x.ItemId,
                        principalTable: "opinions_item",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opinions_reporter",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions_reporter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opinions_reporter_opinions_item_ItemId",
                        column: x => x.ItemId,
                        principalTable: "opinions_item",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_opinions_reporter_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_result",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    VenueLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SentTo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpinionItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_result", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_result_opinions_item_OpinionItemId",
                        column: x => x.OpinionItemId,
                        principalTable: "opinions_item",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_result_plans_topic_TopicId",
                        column: x => x.TopicId,
                        principalTable: "plans_topic",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_result_proposals_proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proposals_reply",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RepliedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Review = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_reply", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proposals_reply_proposals_assignment_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "proposals_assignment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_proposals_reply_proposals_proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grassroots_issue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SenderHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublicResult = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TransferredTo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResponsibleParty = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MeasuresDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EscalatedFromId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reopened = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grassroots_issue", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grassroots_issue_grassroots_issue_EscalatedFromId",
                        column: x => x.EscalatedFromId,
                        principalTable: "grassroots_issue",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grassroots_issue_grassroots_room_RoomId",
                        column: x => x.RoomId,
                        principalTable: "grassroots_room",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grassroots_issue_meetings_activity_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "meetings_activity",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "meetings_document",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings_document", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meetings_document_meetings_activity_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "meetings_activity",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meetings_participation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeaveRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaveReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckInMethod = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Speech = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SpeechTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Points = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PointsBasis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings_participation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meetings_participation_meetings_activity_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "meetings_activity",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_meetings_participation_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_research",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DrafterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    ResultId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_research", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_research_organization_membership_DrafterId",
                        column: x => x.DrafterId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_research_plans_result_ResultId",
                        column: x => x.ResultId,
                        principalTable: "plans_result",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_research_plans_topic_TopicId",
                        column: x => x.TopicId,
                        principalTable: "plans_topic",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grassroots_referral",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PickedUpAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PickedUpAs = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grassroots_referral", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grassroots_referral_grassroots_issue_IssueId",
                        column: x => x.IssueId,
                        principalTable: "grassroots_issue",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_research_draft",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_research_draft", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_research_draft_plans_research_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plans_research",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_research_member",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_research_member", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_research_member_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_research_member_plans_research_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plans_research",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_research_step",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BriefedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_research_step", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_research_step_meetings_activity_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "meetings_activity",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_research_step_plans_research_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plans_research",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_issue_ActivityId",
                table: "grassroots_issue",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_issue_CommitteeId",
                table: "grassroots_issue",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_issue_CommitteeId_State_SubmittedAt",
                table: "grassroots_issue",
                columns: new[] { "CommitteeId", "State", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_issue_EscalatedFromId",
                table: "grassroots_issue",
                column: "EscalatedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_issue_Phone_SubmittedAt",
                table: "grassroots_issue",
                columns: new[] { "Phone", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_issue_RoomId_SubmittedAt",
                table: "grassroots_issue",
                columns: new[] { "RoomId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_issue_SenderHash_SubmittedAt",
                table: "grassroots_issue",
                columns: new[] { "SenderHash", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_issue_TrackingCode",
                table: "grassroots_issue",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_referral_CommitteeId",
                table: "grassroots_referral",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_referral_CommitteeId_Target_PickedUpAt",
                table: "grassroots_referral",
                columns: new[] { "CommitteeId", "Target", "PickedUpAt" });

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_referral_IssueId",
                table: "grassroots_referral",
                column: "IssueId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_room_Code",
                table: "grassroots_room",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_room_CommitteeId",
                table: "grassroots_room",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_room_CommitteeId_TownshipId",
                table: "grassroots_room",
                columns: new[] { "CommitteeId", "TownshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_room_CommitteeId_VillageId",
                table: "grassroots_room",
                columns: new[] { "CommitteeId", "VillageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_room_DutyGroupId",
                table: "grassroots_room",
                column: "DutyGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_room_ExecConvenerId",
                table: "grassroots_room",
                column: "ExecConvenerId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_room_TownshipId",
                table: "grassroots_room",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_room_VillageId",
                table: "grassroots_room",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_instructions_instruction_CommitteeId",
                table: "instructions_instruction",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_instructions_instruction_CommitteeId_InstructedOn",
                table: "instructions_instruction",
                columns: new[] { "CommitteeId", "InstructedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_instructions_instruction_CommitteeId_TargetType_TargetId",
                table: "instructions_instruction",
                columns: new[] { "CommitteeId", "TargetType", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_CommitteeId",
                table: "liaison_contact",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_CommitteeId_HallId_Class",
                table: "liaison_contact",
                columns: new[] { "CommitteeId", "HallId", "Class" });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_HallId",
                table: "liaison_contact",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_StudioId",
                table: "liaison_contact",
                column: "StudioId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_link_CommitteeId",
                table: "liaison_contact_link",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_link_CommitteeId_MembershipId",
                table: "liaison_contact_link",
                columns: new[] { "CommitteeId", "MembershipId" });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_link_ContactObjectId_MembershipId",
                table: "liaison_contact_link",
                columns: new[] { "ContactObjectId", "MembershipId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_link_MembershipId",
                table: "liaison_contact_link",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_CommitteeId",
                table: "liaison_record",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_CommitteeId_HallId_Date",
                table: "liaison_record",
                columns: new[] { "CommitteeId", "HallId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_CommitteeId_MembershipId_Date",
                table: "liaison_record",
                columns: new[] { "CommitteeId", "MembershipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_HallId",
                table: "liaison_record",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_MembershipId",
                table: "liaison_record",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_StudioId",
                table: "liaison_record",
                column: "StudioId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_contact_CommitteeId",
                table: "liaison_record_contact",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_contact_ContactObjectId",
                table: "liaison_record_contact",
                column: "ContactObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_contact_LiaisonRecordId_ContactObjectId",
                table: "liaison_record_contact",
                columns: new[] { "LiaisonRecordId", "ContactObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_liaison_work_content_CommitteeId",
                table: "liaison_work_content",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_work_content_CommitteeId_HallId_StudioId_Year",
                table: "liaison_work_content",
                columns: new[] { "CommitteeId", "HallId", "StudioId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_liaison_work_content_HallId",
                table: "liaison_work_content",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_work_content_LeadId",
                table: "liaison_work_content",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_work_content_StudioId",
                table: "liaison_work_content",
                column: "StudioId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_activity_CampaignId",
                table: "meetings_activity",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_activity_CommitteeId",
                table: "meetings_activity",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_activity_CommitteeId_CampaignId",
                table: "meetings_activity",
                columns: new[] { "CommitteeId", "CampaignId" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_activity_CommitteeId_RoomId",
                table: "meetings_activity",
                columns: new[] { "CommitteeId", "RoomId" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_activity_CommitteeId_StartsAt",
                table: "meetings_activity",
                columns: new[] { "CommitteeId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_activity_OrganizerCommitteeId",
                table: "meetings_activity",
                column: "OrganizerCommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_activity_RoomId",
                table: "meetings_activity",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_campaign_CommitteeId",
                table: "meetings_campaign",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_campaign_CommitteeId_Year_Quarter",
                table: "meetings_campaign",
                columns: new[] { "CommitteeId", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meetings_document_ActivityId",
                table: "meetings_document",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_document_CommitteeId",
                table: "meetings_document",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_participation_ActivityId_MembershipId",
                table: "meetings_participation",
                columns: new[] { "ActivityId", "MembershipId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meetings_participation_CommitteeId",
                table: "meetings_participation",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_participation_CommitteeId_MembershipId",
                table: "meetings_participation",
                columns: new[] { "CommitteeId", "MembershipId" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_participation_MembershipId",
                table: "meetings_participation",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_bulletin_CommitteeId",
                table: "opinions_bulletin",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_bulletin_CommitteeId_Year_IssueNo",
                table: "opinions_bulletin",
                columns: new[] { "CommitteeId", "Year", "IssueNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_BulletinId",
                table: "opinions_item",
                column: "BulletinId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_CommitteeId",
                table: "opinions_item",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_CommitteeId_OwnerUserId",
                table: "opinions_item",
                columns: new[] { "CommitteeId", "OwnerUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_CommitteeId_Year_ReceivedFromItemId_SerialNo_State_Adoption_Id",
                table: "opinions_item",
                columns: new[] { "CommitteeId", "Year", "ReceivedFromItemId", "SerialNo", "State", "Adoption", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_CommitteeId_Year_SerialNo",
                table: "opinions_item",
                columns: new[] { "CommitteeId", "Year", "SerialNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_CommitteeId_Year_State_SerialNo",
                table: "opinions_item",
                columns: new[] { "CommitteeId", "Year", "State", "SerialNo" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_FromProposalId",
                table: "opinions_item",
                column: "FromProposalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_ReceivedFromItemId",
                table: "opinions_item",
                column: "ReceivedFromItemId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_publication_CommitteeId",
                table: "opinions_publication",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_publication_ItemId",
                table: "opinions_publication",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_CommitteeId",
                table: "opinions_report",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_CommitteeId_ItemId",
                table: "opinions_report",
                columns: new[] { "CommitteeId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_ItemId",
                table: "opinions_report",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_OriginCommitteeId_OriginItemId_Level_Result",
                table: "opinions_report",
                columns: new[] { "OriginCommitteeId", "OriginItemId", "Level", "Result" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_OriginItemId",
                table: "opinions_report",
                column: "OriginItemId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_ReceiverItemId",
                table: "opinions_report",
                column: "ReceiverItemId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_reporter_CommitteeId",
                table: "opinions_reporter",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_reporter_CommitteeId_MembershipId",
                table: "opinions_reporter",
                columns: new[] { "CommitteeId", "MembershipId" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_reporter_ItemId",
                table: "opinions_reporter",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_reporter_MembershipId",
                table: "opinions_reporter",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_duty_group_CommitteeId",
                table: "organization_duty_group",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_duty_group_WorkGroupId",
                table: "organization_duty_group",
                column: "WorkGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_duty_sector_CommitteeId",
                table: "organization_duty_sector",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_duty_sector_CommitteeId_Name",
                table: "organization_duty_sector",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_leader_CommitteeId",
                table: "organization_gov_leader",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_leader_CommitteeId_GovOrgId",
                table: "organization_gov_leader",
                columns: new[] { "CommitteeId", "GovOrgId" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_leader_GovOrgId",
                table: "organization_gov_leader",
                column: "GovOrgId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_CommitteeId",
                table: "organization_gov_org",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_CommitteeId_Name",
                table: "organization_gov_org",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_ParentId",
                table: "organization_gov_org",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_user_CommitteeId",
                table: "organization_gov_org_user",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_user_CommitteeId_UserId_GovOrgId",
                table: "organization_gov_org_user",
                columns: new[] { "CommitteeId", "UserId", "GovOrgId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_user_GovOrgId",
                table: "organization_gov_org_user",
                column: "GovOrgId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_user_UserId",
                table: "organization_gov_org_user",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_grouping_change_CommitteeId",
                table: "organization_grouping_change",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_grouping_change_CommitteeId_MembershipId",
                table: "organization_grouping_change",
                columns: new[] { "CommitteeId", "MembershipId" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_grouping_change_MembershipId",
                table: "organization_grouping_change",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_hall_CommitteeId",
                table: "organization_hall",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_hall_DutySectorId",
                table: "organization_hall",
                column: "DutySectorId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_institution_CommitteeId",
                table: "organization_institution",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_institution_CommitteeId_AdoptedOn",
                table: "organization_institution",
                columns: new[] { "CommitteeId", "AdoptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_CommitteeId",
                table: "organization_membership",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_CommitteeId_DutyGroupId",
                table: "organization_membership",
                columns: new[] { "CommitteeId", "DutyGroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_CommitteeId_MemberNo",
                table: "organization_membership",
                columns: new[] { "CommitteeId", "MemberNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_CommitteeId_SectorId_Status_MemberNo",
                table: "organization_membership",
                columns: new[] { "CommitteeId", "SectorId", "Status", "MemberNo" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_DutyGroupId",
                table: "organization_membership",
                column: "DutyGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_PersonId",
                table: "organization_membership",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_SectorId",
                table: "organization_membership",
                column: "SectorId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_party_branch_CommitteeId",
                table: "organization_party_branch",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_person_CommitteeId",
                table: "organization_person",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_person_CommitteeId_Mobile",
                table: "organization_person",
                columns: new[] { "CommitteeId", "Mobile" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_person_CommitteeId_Name",
                table: "organization_person",
                columns: new[] { "CommitteeId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_person_CommitteeId_Party",
                table: "organization_person",
                columns: new[] { "CommitteeId", "Party" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_person_UserId",
                table: "organization_person",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_roster_import_CommitteeId",
                table: "organization_roster_import",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_roster_import_CommitteeId_UploadedAt",
                table: "organization_roster_import",
                columns: new[] { "CommitteeId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_roster_import_Status",
                table: "organization_roster_import",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_organization_sector_CommitteeId",
                table: "organization_sector",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_sector_CommitteeId_Name",
                table: "organization_sector",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_sector_DutySectorId",
                table: "organization_sector",
                column: "DutySectorId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_CommitteeId",
                table: "organization_special_committee",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_CommitteeId_Name",
                table: "organization_special_committee",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_seat_CommitteeId",
                table: "organization_special_committee_seat",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_seat_CommitteeId_SpecialCommitteeId",
                table: "organization_special_committee_seat",
                columns: new[] { "CommitteeId", "SpecialCommitteeId" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_seat_MembershipId_SpecialCommitteeId",
                table: "organization_special_committee_seat",
                columns: new[] { "MembershipId", "SpecialCommitteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_seat_SpecialCommitteeId",
                table: "organization_special_committee_seat",
                column: "SpecialCommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_studio_CommitteeId",
                table: "organization_studio",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_studio_HallId",
                table: "organization_studio",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_team_CommitteeId",
                table: "organization_team",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_team_CommitteeId_Name",
                table: "organization_team",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_team_member_CommitteeId",
                table: "organization_team_member",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_team_member_MembershipId",
                table: "organization_team_member",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_team_member_TeamId_MembershipId",
                table: "organization_team_member",
                columns: new[] { "TeamId", "MembershipId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_township_CommitteeId",
                table: "organization_township",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_township_CommitteeId_Name",
                table: "organization_township",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_village_CommitteeId",
                table: "organization_village",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_village_DutyGroupId",
                table: "organization_village",
                column: "DutyGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_village_TownshipId_Name",
                table: "organization_village",
                columns: new[] { "TownshipId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_work_group_CommitteeId",
                table: "organization_work_group",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_work_group_TownshipId",
                table: "organization_work_group",
                column: "TownshipId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_dispatch_note_CommitteeId",
                table: "plans_dispatch_note",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_dispatch_note_CommitteeId_WeekOf",
                table: "plans_dispatch_note",
                columns: new[] { "CommitteeId", "WeekOf" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_dispatch_note_WorkItemId",
                table: "plans_dispatch_note",
                column: "WorkItemId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plan_CommitteeId",
                table: "plans_plan",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plan_CommitteeId_Year",
                table: "plans_plan",
                columns: new[] { "CommitteeId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_CommitteeId",
                table: "plans_research",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_CommitteeId_Year",
                table: "plans_research",
                columns: new[] { "CommitteeId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_DrafterId",
                table: "plans_research",
                column: "DrafterId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_ResultId",
                table: "plans_research",
                column: "ResultId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_TopicId",
                table: "plans_research",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_draft_CommitteeId",
                table: "plans_research_draft",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_draft_TaskId_Number",
                table: "plans_research_draft",
                columns: new[] { "TaskId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_member_CommitteeId",
                table: "plans_research_member",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_member_MembershipId",
                table: "plans_research_member",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_member_TaskId_MembershipId",
                table: "plans_research_member",
                columns: new[] { "TaskId", "MembershipId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_step_ActivityId",
                table: "plans_research_step",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_step_CommitteeId",
                table: "plans_research_step",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_research_step_TaskId_On",
                table: "plans_research_step",
                columns: new[] { "TaskId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_result_CommitteeId",
                table: "plans_result",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_result_CommitteeId_Year_Kind",
                table: "plans_result",
                columns: new[] { "CommitteeId", "Year", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_result_OpinionItemId",
                table: "plans_result",
                column: "OpinionItemId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_result_ProposalId",
                table: "plans_result",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_result_TopicId",
                table: "plans_result",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_topic_CommitteeId",
                table: "plans_topic",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_topic_LeadCommitteeId",
                table: "plans_topic",
                column: "LeadCommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_topic_LeadLeaderId",
                table: "plans_topic",
                column: "LeadLeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_topic_PlanId_SortOrder",
                table: "plans_topic",
                columns: new[] { "PlanId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_work_item_CommitteeId",
                table: "plans_work_item",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_work_item_CommitteeId_State_Deadline",
                table: "plans_work_item",
                columns: new[] { "CommitteeId", "State", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_work_item_CommitteeId_Year_SortOrder",
                table: "plans_work_item",
                columns: new[] { "CommitteeId", "Year", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_work_item_LeadLeaderId",
                table: "plans_work_item",
                column: "LeadLeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_work_item_TopicId",
                table: "plans_work_item",
                column: "TopicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_work_progress_CommitteeId",
                table: "plans_work_progress",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_work_progress_CommitteeId_Month",
                table: "plans_work_progress",
                columns: new[] { "CommitteeId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_work_progress_WorkItemId_Month",
                table: "plans_work_progress",
                columns: new[] { "WorkItemId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_CommitteeId",
                table: "platform_audit",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_CommitteeId_At",
                table: "platform_audit",
                columns: new[] { "CommitteeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_CommitteeId_RecordType_RecordId_At",
                table: "platform_audit",
                columns: new[] { "CommitteeId", "RecordType", "RecordId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_committee_Name",
                table: "platform_committee",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_committee_ParentId",
                table: "platform_committee",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_committee_role_CommitteeId",
                table: "platform_committee_role",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_committee_role_UserId_CommitteeId_Role",
                table: "platform_committee_role",
                columns: new[] { "UserId", "CommitteeId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_file_CommitteeId",
                table: "platform_file",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_file_CommitteeId_OwnerType_OwnerId",
                table: "platform_file",
                columns: new[] { "CommitteeId", "OwnerType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_holiday_CommitteeId",
                table: "platform_holiday",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_holiday_CommitteeId_Date",
                table: "platform_holiday",
                columns: new[] { "CommitteeId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_notification_CommitteeId",
                table: "platform_notification",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_notification_UserId_CommitteeId_ReadAt",
                table: "platform_notification",
                columns: new[] { "UserId", "CommitteeId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_CommitteeId",
                table: "platform_outbox",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_Status_NextAttemptAt",
                table: "platform_outbox",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_permission_CommitteeId",
                table: "platform_role_permission",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_permission_CommitteeId_Role_Permission",
                table: "platform_role_permission",
                columns: new[] { "CommitteeId", "Role", "Permission" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "platform_user",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_PhoneNumber",
                table: "platform_user",
                column: "PhoneNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "platform_user",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_claim_UserId",
                table: "platform_user_claim",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_login_UserId",
                table: "platform_user_login",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_assignment_CommitteeId",
                table: "proposals_assignment",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_assignment_CommitteeId_GovOrgId_Open_ReplyDueAt",
                table: "proposals_assignment",
                columns: new[] { "CommitteeId", "GovOrgId", "Open", "ReplyDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_assignment_CommitteeId_GovOrgId_Status",
                table: "proposals_assignment",
                columns: new[] { "CommitteeId", "GovOrgId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_assignment_GovOrgId",
                table: "proposals_assignment",
                column: "GovOrgId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_assignment_ProposalId",
                table: "proposals_assignment",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_clue_CampaignId",
                table: "proposals_clue",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_clue_CommitteeId",
                table: "proposals_clue",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_clue_CommitteeId_SubmitterUserId",
                table: "proposals_clue",
                columns: new[] { "CommitteeId", "SubmitterUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_clue_CommitteeId_Year_State",
                table: "proposals_clue",
                columns: new[] { "CommitteeId", "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_clue_ProposalId",
                table: "proposals_clue",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_evaluation_CommitteeId",
                table: "proposals_evaluation",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_evaluation_MembershipId",
                table: "proposals_evaluation",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_evaluation_ProposalId_UserId_Round",
                table: "proposals_evaluation",
                columns: new[] { "ProposalId", "UserId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_CommitteeId",
                table: "proposals_proposal",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_CommitteeId_OwnerUserId",
                table: "proposals_proposal",
                columns: new[] { "CommitteeId", "OwnerUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_CommitteeId_Year_CaseNo",
                table: "proposals_proposal",
                columns: new[] { "CommitteeId", "Year", "CaseNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_CommitteeId_Year_SerialNo",
                table: "proposals_proposal",
                columns: new[] { "CommitteeId", "Year", "SerialNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_CommitteeId_Year_State_SerialNo",
                table: "proposals_proposal",
                columns: new[] { "CommitteeId", "Year", "State", "SerialNo" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_FirstProposerId",
                table: "proposals_proposal",
                column: "FirstProposerId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_KeySupervisorId",
                table: "proposals_proposal",
                column: "KeySupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_MergedIntoId",
                table: "proposals_proposal",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_reply_AssignmentId",
                table: "proposals_reply",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_reply_CommitteeId",
                table: "proposals_reply",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_reply_ProposalId",
                table: "proposals_reply",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_settings_CommitteeId",
                table: "proposals_settings",
                column: "CommitteeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_proposals_signer_CommitteeId",
                table: "proposals_signer",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_signer_CommitteeId_MembershipId",
                table: "proposals_signer",
                columns: new[] { "CommitteeId", "MembershipId" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_signer_MembershipId",
                table: "proposals_signer",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_signer_ProposalId_MembershipId",
                table: "proposals_signer",
                columns: new[] { "ProposalId", "MembershipId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grassroots_referral");

            migrationBuilder.DropTable(
                name: "instructions_instruction");

            migrationBuilder.DropTable(
                name: "liaison_contact_link");

            migrationBuilder.DropTable(
                name: "liaison_record_contact");

            migrationBuilder.DropTable(
                name: "liaison_work_content");

            migrationBuilder.DropTable(
                name: "meetings_document");

            migrationBuilder.DropTable(
                name: "meetings_participation");

            migrationBuilder.DropTable(
                name: "opinions_publication");

            migrationBuilder.DropTable(
                name: "opinions_report");

            migrationBuilder.DropTable(
                name: "opinions_reporter");

            migrationBuilder.DropTable(
                name: "organization_gov_leader");

            migrationBuilder.DropTable(
                name: "organization_gov_org_user");

            migrationBuilder.DropTable(
                name: "organization_grouping_change");

            migrationBuilder.DropTable(
                name: "organization_institution");

            migrationBuilder.DropTable(
                name: "organization_party_branch");

            migrationBuilder.DropTable(
                name: "organization_roster_import");

            migrationBuilder.DropTable(
                name: "organization_special_committee_seat");

            migrationBuilder.DropTable(
                name: "organization_team_member");

            migrationBuilder.DropTable(
                name: "plans_dispatch_note");

            migrationBuilder.DropTable(
                name: "plans_research_draft");

            migrationBuilder.DropTable(
                name: "plans_research_member");

            migrationBuilder.DropTable(
                name: "plans_research_step");

            migrationBuilder.DropTable(
                name: "plans_work_progress");

            migrationBuilder.DropTable(
                name: "platform_audit");

            migrationBuilder.DropTable(
                name: "platform_committee_role");

            migrationBuilder.DropTable(
                name: "platform_data_protection_key");

            migrationBuilder.DropTable(
                name: "platform_file");

            migrationBuilder.DropTable(
                name: "platform_holiday");

            migrationBuilder.DropTable(
                name: "platform_job_run");

            migrationBuilder.DropTable(
                name: "platform_notification");

            migrationBuilder.DropTable(
                name: "platform_outbox");

            migrationBuilder.DropTable(
                name: "platform_permission");

            migrationBuilder.DropTable(
                name: "platform_role_permission");

            migrationBuilder.DropTable(
                name: "platform_user_claim");

            migrationBuilder.DropTable(
                name: "platform_user_login");

            migrationBuilder.DropTable(
                name: "platform_user_token");

            migrationBuilder.DropTable(
                name: "proposals_clue");

            migrationBuilder.DropTable(
                name: "proposals_evaluation");

            migrationBuilder.DropTable(
                name: "proposals_reply");

            migrationBuilder.DropTable(
                name: "proposals_settings");

            migrationBuilder.DropTable(
                name: "proposals_signer");

            migrationBuilder.DropTable(
                name: "grassroots_issue");

            migrationBuilder.DropTable(
                name: "liaison_contact");

            migrationBuilder.DropTable(
                name: "liaison_record");

            migrationBuilder.DropTable(
                name: "organization_team");

            migrationBuilder.DropTable(
                name: "plans_research");

            migrationBuilder.DropTable(
                name: "plans_work_item");

            migrationBuilder.DropTable(
                name: "platform_committee");

            migrationBuilder.DropTable(
                name: "proposals_assignment");

            migrationBuilder.DropTable(
                name: "meetings_activity");

            migrationBuilder.DropTable(
                name: "organization_studio");

            migrationBuilder.DropTable(
                name: "plans_result");

            migrationBuilder.DropTable(
                name: "organization_gov_org");

            migrationBuilder.DropTable(
                name: "grassroots_room");

            migrationBuilder.DropTable(
                name: "meetings_campaign");

            migrationBuilder.DropTable(
                name: "organization_hall");

            migrationBuilder.DropTable(
                name: "opinions_item");

            migrationBuilder.DropTable(
                name: "plans_topic");

            migrationBuilder.DropTable(
                name: "organization_village");

            migrationBuilder.DropTable(
                name: "opinions_bulletin");

            migrationBuilder.DropTable(
                name: "proposals_proposal");

            migrationBuilder.DropTable(
                name: "organization_special_committee");

            migrationBuilder.DropTable(
                name: "plans_plan");

            migrationBuilder.DropTable(
                name: "organization_membership");

            migrationBuilder.DropTable(
                name: "organization_duty_group");

            migrationBuilder.DropTable(
                name: "organization_person");

            migrationBuilder.DropTable(
                name: "organization_sector");

            migrationBuilder.DropTable(
                name: "organization_work_group");

            migrationBuilder.DropTable(
                name: "platform_user");

            migrationBuilder.DropTable(
                name: "organization_duty_sector");

            migrationBuilder.DropTable(
                name: "organization_township");
        }
    }
}
