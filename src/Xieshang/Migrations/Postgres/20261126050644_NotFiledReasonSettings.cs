using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NotFiledReasonSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "DisabledReasons",
                table: "proposals_settings",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]"); // existing settings rows get an empty list

            migrationBuilder.AddColumn<List<string>>(
                name: "OwnReasons",
                table: "proposals_settings",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]"); // existing settings rows get an empty list
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisabledReasons",
                table: "proposals_settings");

            migrationBuilder.DropColumn(
                name: "OwnReasons",
                table: "proposals_settings");
        }
    }
}
