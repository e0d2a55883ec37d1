using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProposalClues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "proposals_clue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    SubmitterUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmitterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReferredToCommitteeId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReferredCopyId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReferredFromCommitteeId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReferredFromClueId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "proposals_clue");
        }
    }
}
