using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpinionReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "FromProposalId",
                table: "opinions_item",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OriginItemId",
                table: "opinions_item",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReceivedFromItemId",
                table: "opinions_item",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "opinions_report",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    OriginItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    OriginCommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceiverName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReceiverCommitteeId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceiverItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResultAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BulletinNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions_report", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opinions_report_opinions_item_ItemId",
                        column: x => x.ItemId,
                        principalTable: "opinions_item",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_FromProposalId",
                table: "opinions_item",
                column: "FromProposalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_ReceivedFromItemId",
                table: "opinions_item",
                column: "ReceivedFromItemId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_CommitteeId",
                table: "opinions_report",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_CommitteeId_ItemId",
                table: "opinions_report",
                columns: new[] { "CommitteeId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_ItemId",
                table: "opinions_report",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_OriginCommitteeId_Level_Result",
                table: "opinions_report",
                columns: new[] { "OriginCommitteeId", "Level", "Result" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_OriginItemId",
                table: "opinions_report",
                column: "OriginItemId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_report_ReceiverItemId",
                table: "opinions_report",
                column: "ReceiverItemId");

            migrationBuilder.AddForeignKey(
                name: "FK_opinions_item_proposals_proposal_FromProposalId",
                table: "opinions_item",
                column: "FromProposalId",
                principalTable: "proposals_proposal",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_opinions_item_proposals_proposal_FromProposalId",
                table: "opinions_item");

            migrationBuilder.DropTable(
                name: "opinions_report");

            migrationBuilder.DropIndex(
                name: "IX_opinions_item_FromProposalId",
                table: "opinions_item");

            migrationBuilder.DropIndex(
                name: "IX_opinions_item_ReceivedFromItemId",
                table: "opinions_item");

            migrationBuilder.DropColumn(
                name: "FromProposalId",
                table: "opinions_item");

            migrationBuilder.DropColumn(
                name: "OriginItemId",
                table: "opinions_item");

            migrationBuilder.DropColumn(
                name: "ReceivedFromItemId",
                table: "opinions_item");
        }
    }
}
