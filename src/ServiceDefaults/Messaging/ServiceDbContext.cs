using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Messaging;

/// <summary>The scoped DbContext of the service, whatever its type, for the messaging plumbing that stores in it.</summary>
internal sealed record ServiceDbContext(DbContext Context);
