using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Research : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_research",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TopicId = table.Column<Guid>(type: "uuid", nullable: true),
                    DrafterId = table.Column<Guid>(type: "uuid", nullable: true),
                    Plan = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: true),
                    ResultId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "plans_research_draft",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BriefedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_research_draft");

            migrationBuilder.DropTable(
                name: "plans_research_member");

            migrationBuilder.DropTable(
                name: "plans_research_step");

            migrationBuilder.DropTable(
                name: "plans_research");
        }
    }
}
