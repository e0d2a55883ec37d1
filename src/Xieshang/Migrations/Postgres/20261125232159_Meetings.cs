using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "meetings_campaign",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    Theme = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings_campaign", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "meetings_activity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckInFrom = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckInUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attendance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignUpUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OrganizerCommitteeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Organizer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    Tags = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CheckInKey = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    SettledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings_activity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meetings_activity_meetings_campaign_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "meetings_campaign",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_meetings_activity_organization_special_committee_OrganizerC~",
                        column: x => x.OrganizerCommitteeId,
                        principalTable: "organization_special_committee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings_document",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LeaveRequests = table.Column<int>(type: "integer", nullable: false),
                    LeaveReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CheckInMethod = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Speech = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SpeechTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Points = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PointsBasis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_meetings_activity_CommitteeId_StartsAt",
                table: "meetings_activity",
                columns: new[] { "CommitteeId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_activity_OrganizerCommitteeId",
                table: "meetings_activity",
                column: "OrganizerCommitteeId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meetings_document");

            migrationBuilder.DropTable(
                name: "meetings_participation");

            migrationBuilder.DropTable(
                name: "meetings_activity");

            migrationBuilder.DropTable(
                name: "meetings_campaign");
        }
    }
}
