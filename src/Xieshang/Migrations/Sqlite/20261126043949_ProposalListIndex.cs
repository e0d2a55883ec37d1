using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_proposals_proposal_CommitteeId_Year_State",
                table: "proposals_proposal");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_CommitteeId_Year_State",
                table: "proposals_proposal",
                columns: new[] { "CommitteeId", "Year", "State" });
        }
    }
}
