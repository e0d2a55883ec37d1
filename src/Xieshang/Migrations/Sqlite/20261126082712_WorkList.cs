using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_dispatch_note");

            migrationBuilder.DropTable(
                name: "plans_work_progress");

            migrationBuilder.DropTable(
                name: "plans_work_item");
        }
    }
}
