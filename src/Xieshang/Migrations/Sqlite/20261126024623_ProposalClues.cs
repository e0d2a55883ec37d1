using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
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
