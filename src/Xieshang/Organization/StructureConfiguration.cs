using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

sealed class StructureConfiguration :
    IEntityTypeConfiguration<DutySector>, IEntityTypeConfiguration<Sector>, IEntityTypeConfiguration<Hall>,
    IEntityTypeConfiguration<Studio>, IEntityTypeConfiguration<Township>, IEntityTypeConfiguration<WorkGroup>,
    IEntityTypeConfiguration<DutyGroup>, IEntityTypeConfiguration<Village>, IEntityTypeConfiguration<SpecialCommittee>,
    IEntityTypeConfiguration<PartyBranch>, IEntityTypeConfiguration<Institution>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<DutySector> e)
    {
        e.ToTable("organization_duty_sector");
        e.Property(x => x.Name).HasMaxLength(50);
        e.HasIndex(x => new { x.CommitteeId, x.Name }).IsUnique();
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Sector> e)
    {
        e.ToTable("organization_sector");
        e.Property(x => x.Name).HasMaxLength(50);
        e.HasIndex(x => new { x.CommitteeId, x.Name }).IsUnique();
        e.HasOne<DutySector>().WithMany().HasForeignKey(x => x.DutySectorId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Hall> e)
    {
        e.ToTable("organization_hall");
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Address).HasMaxLength(200);
        e.HasIndex(x => x.DutySectorId).IsUnique(); // one hall per duty sector
        e.HasOne<DutySector>().WithMany().HasForeignKey(x => x.DutySectorId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Studio> e)
    {
        e.ToTable("organization_studio");
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Address).HasMaxLength(200);
        e.HasOne<Hall>().WithMany().HasForeignKey(x => x.HallId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Township> e)
    {
        e.ToTable("organization_township");
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => new { x.CommitteeId, x.Name }).IsUnique();
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<WorkGroup> e)
    {
        e.ToTable("organization_work_group");
        e.Property(x => x.Name).HasMaxLength(50);
        e.HasIndex(x => x.TownshipId).IsUnique(); // each work group covers one township
        e.HasOne<Township>().WithMany().HasForeignKey(x => x.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<DutyGroup> e)
    {
        e.ToTable("organization_duty_group");
        e.Property(x => x.Name).HasMaxLength(50);
        e.HasOne<WorkGroup>().WithMany().HasForeignKey(x => x.WorkGroupId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Village> e)
    {
        e.ToTable("organization_village");
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        e.HasIndex(x => new { x.TownshipId, x.Name }).IsUnique();
        e.HasOne<Township>().WithMany().HasForeignKey(x => x.TownshipId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<DutyGroup>().WithMany().HasForeignKey(x => x.DutyGroupId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<SpecialCommittee> e)
    {
        e.ToTable("organization_special_committee");
        e.Property(x => x.Name).HasMaxLength(50);
        e.HasIndex(x => new { x.CommitteeId, x.Name }).IsUnique();
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<PartyBranch> e)
    {
        e.ToTable("organization_party_branch");
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.HostKind).HasConversion<string>().HasMaxLength(30);
    }

    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Institution> e)
    {
        e.ToTable("organization_institution");
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.AdoptedBy).HasMaxLength(100);
        e.Property(x => x.Text).HasMaxLength(20000);
        e.Property(x => x.Governs).HasMaxLength(200);
        e.HasIndex(x => new { x.CommitteeId, x.AdoptedOn });
    }
}
