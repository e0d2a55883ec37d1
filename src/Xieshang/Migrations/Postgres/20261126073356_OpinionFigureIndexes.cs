using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpinionFigureIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_opinions_report_OriginCommitteeId_Level_Result",
                table: "opinions_report");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_OriginCommitteeId_OriginItemId_Level_Result",
                table: "opinions_report",
                columns: new[] { "OriginCommitteeId", "OriginItemId", "Level", "Result" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_CommitteeId_Year_ReceivedFromItemId_SerialNo_~",
                table: "opinions_item",
                columns: new[] { "CommitteeId", "Year", "ReceivedFromItemId", "SerialNo", "State", "Adoption", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_opinions_report_OriginCommitteeId_OriginItemId_Level_Result",
                table: "opinions_report");

            migrationBuilder.DropIndex(
                name: "IX_opinions_item_CommitteeId_Year_ReceivedFromItemId_SerialNo_~",
                table: "opinions_item");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_OriginCommitteeId_Level_Result",
                table: "opinions_report",
                columns: new[] { "OriginCommitteeId", "Level", "Result" });
        }
    }
}
