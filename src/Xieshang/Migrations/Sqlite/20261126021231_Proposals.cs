using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Proposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                        name: "FK_proposals_proposal_proposals_proposal_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "IX_proposals_proposal_CommitteeId_Year_State",
                table: "proposals_proposal",
                columns: new[] { "CommitteeId", "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_FirstProposerId",
                table: "proposals_proposal",
                column: "FirstProposerId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_MergedIntoId",
                table: "proposals_proposal",
                column: "MergedIntoId");

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
                name: "proposals_signer");

            migrationBuilder.DropTable(
                name: "proposals_proposal");
        }
    }
}
