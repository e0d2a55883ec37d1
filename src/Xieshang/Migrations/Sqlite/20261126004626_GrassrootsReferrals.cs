using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GrassrootsReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EscalatedFromId",
                table: "grassroots_issue",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "grassroots_referral",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PickedUpAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PickedUpAs = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grassroots_referral", x => x.Id);
                    table.ForeignKey(
                        name: "FK_grassroots_referral_grassroots_issue_IssueId",
                        column: x => x.IssueId,
                        principalTable: "grassroots_issue",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_issue_EscalatedFromId",
                table: "grassroots_issue",
                column: "EscalatedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_referral_CommitteeId",
                table: "grassroots_referral",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_referral_CommitteeId_Target_PickedUpAt",
                table: "grassroots_referral",
                columns: new[] { "CommitteeId", "Target", "PickedUpAt" });

            migrationBuilder.CreateIndex(
                name: "IX_grassroots_referral_IssueId",
                table: "grassroots_referral",
                column: "IssueId");

            migrationBuilder.AddForeignKey(
                name: "FK_grassroots_issue_grassroots_issue_EscalatedFromId",
                table: "grassroots_issue",
                column: "EscalatedFromId",
                principalTable: "grassroots_issue",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_grassroots_issue_grassroots_issue_EscalatedFromId",
                table: "grassroots_issue");

            migrationBuilder.DropTable(
                name: "grassroots_referral");

            migrationBuilder.DropIndex(
                name: "IX_grassroots_issue_EscalatedFromId",
                table: "grassroots_issue");

            migrationBuilder.DropColumn(
                name: "EscalatedFromId",
                table: "grassroots_issue");
        }
    }
}
