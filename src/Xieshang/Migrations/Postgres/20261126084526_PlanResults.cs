using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_result",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    TopicId = table.Column<Guid>(type: "uuid", nullable: true),
                    Author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Venue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    VenueLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SentTo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: true),
                    OpinionItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_result");
        }
    }
}
