using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConsultationPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_topic");

            migrationBuilder.DropTable(
                name: "plans_plan");
        }
    }
}
