using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TeamsAndUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "organization_gov_org",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsHandlingUnit = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_gov_org", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_gov_org_organization_gov_org_ParentId",
                        column: x => x.ParentId,
                        principalTable: "organization_gov_org",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organization_team",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_team", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_gov_leader",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GovOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_gov_leader", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_gov_leader_organization_gov_org_GovOrgId",
                        column: x => x.GovOrgId,
                        principalTable: "organization_gov_org",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_team_member",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: true),
                    OutsiderName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OutsiderEmployer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_team_member", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_team_member_organization_membership_Membership~",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organization_team_member_organization_team_TeamId",
                        column: x => x.TeamId,
                        principalTable: "organization_team",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_leader_CommitteeId",
                table: "organization_gov_leader",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_leader_CommitteeId_GovOrgId",
                table: "organization_gov_leader",
                columns: new[] { "CommitteeId", "GovOrgId" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_leader_GovOrgId",
                table: "organization_gov_leader",
                column: "GovOrgId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_CommitteeId",
                table: "organization_gov_org",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_CommitteeId_Name",
                table: "organization_gov_org",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_ParentId",
                table: "organization_gov_org",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_team_CommitteeId",
                table: "organization_team",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_team_CommitteeId_Name",
                table: "organization_team",
                columns: new[] { "CommitteeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_team_member_CommitteeId",
                table: "organization_team_member",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_team_member_MembershipId",
                table: "organization_team_member",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_team_member_TeamId_MembershipId",
                table: "organization_team_member",
                columns: new[] { "TeamId", "MembershipId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organization_gov_leader");

            migrationBuilder.DropTable(
                name: "organization_team_member");

            migrationBuilder.DropTable(
                name: "organization_gov_org");

            migrationBuilder.DropTable(
                name: "organization_team");
        }
    }
}
