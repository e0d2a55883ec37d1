using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NotFiledReasonSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DisabledReasons",
                table: "proposals_settings",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "OwnReasons",
                table: "proposals_settings",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
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
