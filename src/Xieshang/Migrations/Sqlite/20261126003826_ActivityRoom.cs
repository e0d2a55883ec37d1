using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActivityRoom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RoomId",
                table: "meetings_activity",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_meetings_activity_CommitteeId_RoomId",
                table: "meetings_activity",
                columns: new[] { "CommitteeId", "RoomId" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_activity_RoomId",
                table: "meetings_activity",
                column: "RoomId");

            migrationBuilder.AddForeignKey(
                name: "FK_meetings_activity_grassroots_room_RoomId",
                table: "meetings_activity",
                column: "RoomId",
                principalTable: "grassroots_room",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_meetings_activity_grassroots_room_RoomId",
                table: "meetings_activity");

            migrationBuilder.DropIndex(
                name: "IX_meetings_activity_CommitteeId_RoomId",
                table: "meetings_activity");

            migrationBuilder.DropIndex(
                name: "IX_meetings_activity_RoomId",
                table: "meetings_activity");

            migrationBuilder.DropColumn(
                name: "RoomId",
                table: "meetings_activity");
        }
    }
}
