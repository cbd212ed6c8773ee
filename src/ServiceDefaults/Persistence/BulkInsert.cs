using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>
/// Inserts many new rows of one entity type as one statement, <c>INSERT … SELECT … FROM unnest(…)</c> with an array
/// parameter a column, in the context's current transaction. For a hot path's rows of one kind (a class register's
/// marks): EF would track each row and send a statement each. The statement's text depends only on the entity type, so
/// PostgreSQL prepares it once whatever the number of rows. The columns, their types and value conversions come from
/// the EF model; shadow properties (xmin) are left to the database. The rows are not tracked.
/// </summary>
public static class BulkInsert
{
    private static readonly ConcurrentDictionary<(Type Context, Type Entity), Plan> Plans = new();

    public static async Task InsertAllAsync<T>(this DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var plan = Plans.GetOrAdd((db.GetType(), typeof(T)), key => Plan.For(db, key.Entity));
        var parameters = plan.Columns.Select((column, i) => new NpgsqlParameter($"p{i}", column.Values(rows))).ToArray<object>();
        try
        {
            await db.Database.ExecuteSqlRawAsync(plan.Sql, parameters, cancellationToken);
        }
        catch (PostgresException problem) when (problem.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation)
        {
            // As SaveChanges reports it, so that a conflict answers as it would have had EF inserted the rows.
            throw new DbUpdateException($"Inserting {typeof(T).Name} rows failed: {problem.MessageText}", problem);
        }
    }

    /// <summary>
    /// Inserts the rows of <typeparamref name="T"/> that the change tracker holds as new, as <see cref="InsertAllAsync{T}"/>
    /// does, and stops tracking them, so that SaveChanges writes only the rest. For rows added by code that adds through
    /// the context (a case and its deadlines opened per absence).
    /// </summary>
    public static async Task InsertAddedAsync<T>(this DbContext db, CancellationToken cancellationToken)
        where T : class
    {
        var added = db.ChangeTracker.Added<T>();
        await db.InsertAllAsync(added.Select(entry => entry.Entity).ToList(), cancellationToken);
        added.ForEach(entry => entry.State = EntityState.Detached);
    }

    private sealed record Column(IProperty Property, Type ProviderType)
    {
        /// <summary>The column's values as a typed array (Npgsql infers the array's PostgreSQL type from it).</summary>
        public Array Values<T>(IReadOnlyCollection<T> rows) where T : class
        {
            var getter = Property.GetGetter();
            var converter = Property.GetTypeMapping().Converter;
            var values = Array.CreateInstance(ProviderType, rows.Count);
            var i = 0;
            foreach (var row in rows)
            {
                var value = getter.GetClrValueUsingContainingEntity(row);
                values.SetValue(value is null || converter is null ? value : converter.ConvertToProvider(value), i++);
            }

            return values;
        }
    }

    private sealed record Plan(string Sql, IReadOnlyList<Column> Columns)
    {
        public static Plan For(DbContext db, Type clrType)
        {
            var entity = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not an entity of {db.GetType().Name}.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var columns = entity.GetProperties().Where(p => !p.IsShadowProperty()).ToList();
            var names = columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)).ToList();
            var values = columns.Select((p, i) => $"u.c{i}::{p.GetRelationalTypeMapping().StoreType}");
            var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) " +
                $"SELECT {string.Join(", ", values)} FROM unnest({string.Join(", ", columns.Select((_, i) => $"@p{i}"))}) " +
                $"AS u({string.Join(", ", columns.Select((_, i) => $"c{i}"))})";
            return new Plan(text, columns.Select(p => new Column(p, ProviderTypeOf(p))).ToList());
        }

        /// <summary>What the column's values are sent as: the converter's provider type, nullable where the column is.</summary>
        private static Type ProviderTypeOf(IProperty property)
        {
            var type = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
            return type.IsValueType && property.IsNullable && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;
        }
    }
}
