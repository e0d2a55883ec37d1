using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Members : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "organization_person",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Party = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_person", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_person_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "organization_membership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MemberNo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsStanding = table.Column<bool>(type: "INTEGER", nullable: false),
                    SectorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DutyGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_membership", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_membership_organization_duty_group_DutyGroupId",
                        column: x => x.DutyGroupId,
                        principalTable: "organization_duty_group",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organization_membership_organization_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "organization_person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organization_membership_organization_sector_SectorId",
                        column: x => x.SectorId,
                        principalTable: "organization_sector",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_special_committee_seat",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpecialCommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDirector = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_special_committee_seat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_special_committee_seat_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_organization_special_committee_seat_organization_special_committee_SpecialCommitteeId",
                        column: x => x.SpecialCommitteeId,
                        principalTable: "organization_special_committee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_CommitteeId",
                table: "organization_membership",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_CommitteeId_DutyGroupId",
                table: "organization_membership",
                columns: new[] { "CommitteeId", "DutyGroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_CommitteeId_MemberNo",
                table: "organization_membership",
                columns: new[] { "CommitteeId", "MemberNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_CommitteeId_SectorId",
                table: "organization_membership",
                columns: new[] { "CommitteeId", "SectorId" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_DutyGroupId",
                table: "organization_membership",
                column: "DutyGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_PersonId",
                table: "organization_membership",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_membership_SectorId",
                table: "organization_membership",
                column: "SectorId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_person_CommitteeId",
                table: "organization_person",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_person_CommitteeId_Mobile",
                table: "organization_person",
                columns: new[] { "CommitteeId", "Mobile" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_person_CommitteeId_Name",
                table: "organization_person",
                columns: new[] { "CommitteeId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_person_UserId",
                table: "organization_person",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_seat_CommitteeId",
                table: "organization_special_committee_seat",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_seat_CommitteeId_SpecialCommitteeId",
                table: "organization_special_committee_seat",
                columns: new[] { "CommitteeId", "SpecialCommitteeId" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_seat_MembershipId_SpecialCommitteeId",
                table: "organization_special_committee_seat",
                columns: new[] { "MembershipId", "SpecialCommitteeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_seat_SpecialCommitteeId",
                table: "organization_special_committee_seat",
                column: "SpecialCommitteeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organization_special_committee_seat");

            migrationBuilder.DropTable(
                name: "organization_membership");

            migrationBuilder.DropTable(
                name: "organization_person");
        }
    }
}
