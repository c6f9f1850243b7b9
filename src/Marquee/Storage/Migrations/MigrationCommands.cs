using System.Data;

namespace Marquee.Storage.Migrations;

/// <summary>Plain ADO.NET for migrations that move data in C#, alike on both providers.</summary>
internal static class MigrationCommands
{
    public static IDbCommand Create(IDbConnection connection, IDbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
