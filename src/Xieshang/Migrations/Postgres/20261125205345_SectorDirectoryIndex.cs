using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SectorDirectoryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_organization_membership_CommitteeId_SectorId",
                table: "organization_membership");

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_CommitteeId_SectorId_Status_MemberNo",
                table: "organization_membership",
                columns: new[] { "CommitteeId", "SectorId", "Status", "MemberNo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_organization_membership_CommitteeId_SectorId_Status_MemberNo",
                table: "organization_membership");

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_CommitteeId_SectorId",
                table: "organization_membership",
                columns: new[] { "CommitteeId", "SectorId" });
        }
    }
}
