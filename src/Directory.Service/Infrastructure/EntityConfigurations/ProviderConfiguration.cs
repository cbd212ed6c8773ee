using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ProviderDirectory.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.ProviderDirectory.Infrastructure.EntityConfigurations;

/// <summary>
/// What search filters on is a column (registration, profile, status, Ofsted outcome) or a table (sites, local
/// authority listings); what is only ever read whole is a jsonb document.
/// </summary>
internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.OfstedOutcome).HasMaxLength(40);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasIndex(p => p.Status);

        builder.Property(p => p.Details).AsJsonColumn();
        builder.Property(p => p.Inspections).AsJsonColumn();
        builder.Property(p => p.Assurances).AsJsonColumn();
        builder.Property(p => p.Documents).AsJsonColumn();
        builder.Property(p => p.ListingHistory).AsJsonColumn();

        builder.OwnsOne(p => p.Registration, registration =>
        {
            registration.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            registration.Property(r => r.EstablishmentType).HasConversion<string>().HasMaxLength(60);
            registration.Property(r => r.Urn).HasMaxLength(6);
            registration.Property(r => r.DfeNumber).HasMaxLength(8);
            registration.Property(r => r.Ukprn).HasMaxLength(8);
        });
        builder.Navigation(p => p.Registration).IsRequired();

        builder.OwnsOne(p => p.Profile, profile =>
        {
            profile.Property(p => p.GcseEnglishAndMaths).HasConversion<string>().HasMaxLength(20);
            profile.Property(p => p.FiveOrMoreGcses).HasConversion<string>().HasMaxLength(20);
            profile.Property(p => p.ExamCentre).HasConversion<string>().HasMaxLength(20);
            profile.Property(p => p.Delivery).HasConversion<string>().HasMaxLength(20);
            profile.Property(p => p.ExamCentreNumber).HasMaxLength(20);
            profile.Property(p => p.Offer).HasMaxLength(4000);
            profile.Property(p => p.DaysAndHours).HasMaxLength(500);
            profile.Property(p => p.CostNotes).HasMaxLength(1000);
            profile.Property(p => p.CostPerDay).HasPrecision(9, 2);
        });
        builder.Navigation(p => p.Profile).IsRequired();

        builder.OwnsMany(p => p.Sites, site =>
        {
            site.ToTable("ProviderSites");
            site.WithOwner().HasForeignKey("ProviderId");
            site.HasKey(s => s.Id);

            // Ids are made by the service (or sent back by a client editing a site), never by the database.
            site.Property(s => s.Id).ValueGeneratedNever();
            site.Property(s => s.Name).HasMaxLength(200);
            site.Property(s => s.AddressLine1).HasMaxLength(200);
            site.Property(s => s.AddressLine2).HasMaxLength(200);
            site.Property(s => s.Town).HasMaxLength(100);
            site.Property(s => s.County).HasMaxLength(100);
            site.Property(s => s.Postcode).HasMaxLength(10);
            site.Property(s => s.Area).HasMaxLength(100);
        });

        builder.OwnsMany(p => p.LocalAuthorityListings, listing =>
        {
            listing.ToTable("LocalAuthorityListings");
            listing.WithOwner().HasForeignKey("ProviderId");
            listing.HasKey("ProviderId", nameof(LocalAuthorityListing.LocalAuthorityId));
        });
    }
}
