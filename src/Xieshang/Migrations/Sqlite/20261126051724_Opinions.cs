using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Opinions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opinions_bulletin",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IssueNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions_bulletin", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opinions_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SerialNo = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    EditedTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EditedBody = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrgName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScreenNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BulletinId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Adoption = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions_item", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opinions_item_opinions_bulletin_BulletinId",
                        column: x => x.BulletinId,
                        principalTable: "opinions_bulletin",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "opinions_reporter",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opinions_reporter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opinions_reporter_opinions_item_ItemId",
                        column: x => x.ItemId,
                        principalTable: "opinions_item",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_opinions_reporter_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_bulletin_CommitteeId",
                table: "opinions_bulletin",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_bulletin_CommitteeId_Year_IssueNo",
                table: "opinions_bulletin",
                columns: new[] { "CommitteeId", "Year", "IssueNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_BulletinId",
                table: "opinions_item",
                column: "BulletinId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_CommitteeId",
                table: "opinions_item",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_CommitteeId_OwnerUserId",
                table: "opinions_item",
                columns: new[] { "CommitteeId", "OwnerUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_CommitteeId_Year_SerialNo",
                table: "opinions_item",
                columns: new[] { "CommitteeId", "Year", "SerialNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opinions_item_CommitteeId_Year_State_SerialNo",
                table: "opinions_item",
                columns: new[] { "CommitteeId", "Year", "State", "SerialNo" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_reporter_CommitteeId",
                table: "opinions_reporter",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_reporter_CommitteeId_MembershipId",
                table: "opinions_reporter",
                columns: new[] { "CommitteeId", "MembershipId" });

            migrationBuilder.CreateIndex(
                name: "IX_opinions_reporter_ItemId",
                table: "opinions_reporter",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_opinions_reporter_MembershipId",
                table: "opinions_reporter",
                column: "MembershipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opinions_reporter");

            migrationBuilder.DropTable(
                name: "opinions_item");

            migrationBuilder.DropTable(
                name: "opinions_bulletin");
        }
    }
}
