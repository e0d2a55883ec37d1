using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Grassroots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grassroots_issue");

            migrationBuilder.DropTable(
                name: "grassroots_room");
        }
    }
}
