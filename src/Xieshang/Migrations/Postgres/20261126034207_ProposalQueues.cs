using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProposalQueues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Open",
                table: "proposals_assignment",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Assignments made before the flag existed: on the to-do list while their proposal is being handled.
            migrationBuilder.Sql("UPDATE proposals_assignment SET \"Open\" = true WHERE \"Status\" <> 'Returned' AND \"ProposalId\" IN " +
                "(SELECT \"Id\" FROM proposals_proposal WHERE \"State\" IN ('Assigning', 'Handling', 'ReturnRequested', 'Rehandling'))");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_CommitteeId_Year_State_SerialNo",
                table: "proposals_proposal",
                columns: new[] { "CommitteeId", "Year", "State", "SerialNo" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_assignment_CommitteeId_GovOrgId_Open_ReplyDueAt",
                table: "proposals_assignment",
                columns: new[] { "CommitteeId", "GovOrgId", "Open", "ReplyDueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_proposals_proposal_CommitteeId_Year_State_SerialNo",
                table: "proposals_proposal");

            migrationBuilder.DropIndex(
                name: "IX_proposals_assignment_CommitteeId_GovOrgId_Open_ReplyDueAt",
                table: "proposals_assignment");

            migrationBuilder.DropColumn(
                name: "Open",
                table: "proposals_assignment");
        }
    }
}
