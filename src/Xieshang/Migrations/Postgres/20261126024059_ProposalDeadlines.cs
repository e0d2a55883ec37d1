using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProposalDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ContactDueAt",
                table: "proposals_assignment",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ContactRemindedAt",
                table: "proposals_assignment",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OverdueNotifiedAt",
                table: "proposals_assignment",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReplyRemindedAt",
                table: "proposals_assignment",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactDueAt",
                table: "proposals_assignment");

            migrationBuilder.DropColumn(
                name: "ContactRemindedAt",
                table: "proposals_assignment");

            migrationBuilder.DropColumn(
                name: "OverdueNotifiedAt",
                table: "proposals_assignment");

            migrationBuilder.DropColumn(
                name: "ReplyRemindedAt",
                table: "proposals_assignment");
        }
    }
}
