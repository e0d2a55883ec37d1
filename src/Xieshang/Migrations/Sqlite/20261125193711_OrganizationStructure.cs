using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganizationStructure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "organization_duty_sector",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_duty_sector", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_institution",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AdoptedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Governs = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_institution", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_party_branch",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HostKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_party_branch", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_special_committee",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_special_committee", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_township",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_township", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_hall",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DutySectorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_hall", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_hall_organization_duty_sector_DutySectorId",
                        column: x => x.DutySectorId,
                        principalTable: "organization_duty_sector",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_sector",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DutySectorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_sector", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_sector_organization_duty_sector_DutySectorId",
                        column: x => x.DutySectorId,
                        principalTable: "organization_duty_sector",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_work_group",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_work_group", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_work_group_organization_township_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "organization_township",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_studio",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_studio", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_studio_organization_hall_HallId",
                        column: x => x.HallId,
                        principalTable: "organization_hall",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_duty_group",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    WorkGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_duty_group", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_duty_group_organization_work_group_WorkGroupId",
                        column: x => x.WorkGroupId,
                        principalTable: "organization_work_group",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_village",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DutyGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_village", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_village_organization_duty_group_DutyGroupId",
                        column: x => x.DutyGroupId,
                        principalTable: "organization_duty_group",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organization_village_organization_township_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "organization_township",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_organization_duty_group_CommitteeId",
                table: "organization_duty_group",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_duty_group_WorkGroupId",
                table: "organization_duty_group",
                column: "WorkGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_duty_sector_CommitteeId",
                table: "organization_duty_sector",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_duty_sector_CommitteeId_Name",
                table: "organization_duty_sector",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_hall_CommitteeId",
                table: "organization_hall",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_hall_DutySectorId",
                table: "organization_hall",
                column: "DutySectorId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_institution_CommitteeId",
                table: "organization_institution",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_institution_CommitteeId_AdoptedOn",
                table: "organization_institution",
                columns: new[] { "CommitteeId", "AdoptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_party_branch_CommitteeId",
                table: "organization_party_branch",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_sector_CommitteeId",
                table: "organization_sector",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_sector_CommitteeId_Name",
                table: "organization_sector",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_sector_DutySectorId",
                table: "organization_sector",
                column: "DutySectorId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_CommitteeId",
                table: "organization_special_committee",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_special_committee_CommitteeId_Name",
                table: "organization_special_committee",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_studio_CommitteeId",
                table: "organization_studio",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_studio_HallId",
                table: "organization_studio",
                column: "HallId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_township_CommitteeId",
                table: "organization_township",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_township_CommitteeId_Name",
                table: "organization_township",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_village_CommitteeId",
                table: "organization_village",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_village_DutyGroupId",
                table: "organization_village",
                column: "DutyGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_village_TownshipId_Name",
                table: "organization_village",
                columns: new[] { "TownshipId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_work_group_CommitteeId",
                table: "organization_work_group",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_work_group_TownshipId",
                table: "organization_work_group",
                column: "TownshipId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organization_institution");

            migrationBuilder.DropTable(
                name: "organization_party_branch");

            migrationBuilder.DropTable(
                name: "organization_sector");

            migrationBuilder.DropTable(
                name: "organization_special_committee");

            migrationBuilder.DropTable(
                name: "organization_studio");

            migrationBuilder.DropTable(
                name: "organization_village");

            migrationBuilder.DropTable(
                name: "organization_hall");

            migrationBuilder.DropTable(
                name: "organization_duty_group");

            migrationBuilder.DropTable(
                name: "organization_duty_sector");

            migrationBuilder.DropTable(
                name: "organization_work_group");

            migrationBuilder.DropTable(
                name: "organization_township");
        }
    }
}
