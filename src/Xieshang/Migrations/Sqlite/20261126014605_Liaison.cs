using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Liaison : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "liaison_contact",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudioId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_contact", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liaison_contact_organization_hall_HallId",
                        column: x => x.HallId,
                        principalTable: "organization_hall",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liaison_contact_organization_studio_StudioId",
                        column: x => x.StudioId,
                        principalTable: "organization_studio",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liaison_record",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudioId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_record", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liaison_record_organization_hall_HallId",
                        column: x => x.HallId,
                        principalTable: "organization_hall",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liaison_record_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liaison_record_organization_studio_StudioId",
                        column: x => x.StudioId,
                        principalTable: "organization_studio",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liaison_work_content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudioId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_work_content", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liaison_work_content_organization_hall_HallId",
                        column: x => x.HallId,
                        principalTable: "organization_hall",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liaison_work_content_organization_membership_LeadId",
                        column: x => x.LeadId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_liaison_work_content_organization_studio_StudioId",
                        column: x => x.StudioId,
                        principalTable: "organization_studio",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liaison_contact_link",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactObjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_contact_link", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liaison_contact_link_liaison_contact_ContactObjectId",
                        column: x => x.ContactObjectId,
                        principalTable: "liaison_contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_liaison_contact_link_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "liaison_record_contact",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LiaisonRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactObjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_liaison_record_contact", x => x.Id);
                    table.ForeignKey(
                        name: "FK_liaison_record_contact_liaison_contact_ContactObjectId",
                        column: x => x.ContactObjectId,
                        principalTable: "liaison_contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_liaison_record_contact_liaison_record_LiaisonRecordId",
                        column: x => x.LiaisonRecordId,
                        principalTable: "liaison_record",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_CommitteeId",
                table: "liaison_contact",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_CommitteeId_HallId_Class",
                table: "liaison_contact",
                columns: new[] { "CommitteeId", "HallId", "Class" });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_HallId",
                table: "liaison_contact",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_StudioId",
                table: "liaison_contact",
                column: "StudioId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_link_CommitteeId",
                table: "liaison_contact_link",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_link_CommitteeId_MembershipId",
                table: "liaison_contact_link",
                columns: new[] { "CommitteeId", "MembershipId" });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_link_ContactObjectId_MembershipId",
                table: "liaison_contact_link",
                columns: new[] { "ContactObjectId", "MembershipId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_liaison_contact_link_MembershipId",
                table: "liaison_contact_link",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_CommitteeId",
                table: "liaison_record",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_CommitteeId_HallId_Date",
                table: "liaison_record",
                columns: new[] { "CommitteeId", "HallId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_CommitteeId_MembershipId_Date",
                table: "liaison_record",
                columns: new[] { "CommitteeId", "MembershipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_HallId",
                table: "liaison_record",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_MembershipId",
                table: "liaison_record",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_StudioId",
                table: "liaison_record",
                column: "StudioId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_contact_CommitteeId",
                table: "liaison_record_contact",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_contact_ContactObjectId",
                table: "liaison_record_contact",
                column: "ContactObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_record_contact_LiaisonRecordId_ContactObjectId",
                table: "liaison_record_contact",
                columns: new[] { "LiaisonRecordId", "ContactObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_liaison_work_content_CommitteeId",
                table: "liaison_work_content",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_work_content_CommitteeId_HallId_StudioId_Year",
                table: "liaison_work_content",
                columns: new[] { "CommitteeId", "HallId", "StudioId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_liaison_work_content_HallId",
                table: "liaison_work_content",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_work_content_LeadId",
                table: "liaison_work_content",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_liaison_work_content_StudioId",
                table: "liaison_work_content",
                column: "StudioId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "liaison_contact_link");

            migrationBuilder.DropTable(
                name: "liaison_record_contact");

            migrationBuilder.DropTable(
                name: "liaison_work_content");

            migrationBuilder.DropTable(
                name: "liaison_contact");

            migrationBuilder.DropTable(
                name: "liaison_record");
        }
    }
}
