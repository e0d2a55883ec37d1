using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InstructionsAndPublications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "instructions_instruction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LeaderName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LeaderTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InstructedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FeedbackDue = table.Column<DateOnly>(type: "date", nullable: true),
                    Feedback = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: true),
                    FeedbackAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instructions_instruction", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opinions_publication",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Issue = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions_publication", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opinions_publication_opinions_item_ItemId",
                        column: x => x.ItemId,
                        principalTable: "opinions_item",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_instructions_instruction_CommitteeId",
                table: "instructions_instruction",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_instructions_instruction_CommitteeId_InstructedOn",
                table: "instructions_instruction",
                columns: new[] { "CommitteeId", "InstructedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_instructions_instruction_CommitteeId_TargetType_TargetId",
                table: "instructions_instruction",
                columns: new[] { "CommitteeId", "TargetType", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_publication_CommitteeId",
                table: "opinions_publication",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_publication_ItemId",
                table: "opinions_publication",
                column: "ItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "instructions_instruction");

            migrationBuilder.DropTable(
                name: "opinions_publication");
        }
    }
}
