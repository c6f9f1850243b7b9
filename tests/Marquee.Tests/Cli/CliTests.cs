namespace Marquee.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly MarqueeCli _cli = new();

    [Fact]
    public async Task Help_lists_every_command()
    {
        var (exit, output, _) = await _cli.RunAsync("--help");

        Assert.Equal(0, exit);
        foreach (var command in new[] { "serve", "migrate", "import", "demo", "user", "key" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Migrate_applies_once_then_reports_up_to_date()
    {
        var first = await _cli.RunAsync("migrate");
        var second = await _cli.RunAsync("migrate");

        var migrations = typeof(Program).Assembly.GetTypes().Count(t => t.GetCustomAttributes(typeof(FluentMigrator.MigrationAttribute), false).Length > 0);

        Assert.Equal((0, $"Applied {migrations} migration(s)."), (first.ExitCode, first.Output.Trim()));
        Assert.Equal((0, "Database is up to date."), (second.ExitCode, second.Output.Trim()));
    }

    [Fact]
    public async Task Migrate_puts_a_sqlite_file_in_wal_mode()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "WAL is SQLite's; this run is on PostgreSQL");
        await _cli.RunAsync("migrate");

        Assert.True(File.Exists(Path.Combine(_cli.DataPath, "marquee.db")));
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_cli.DataPath, "marquee.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task Import_of_a_missing_file_fails_with_one_line_naming_it()
    {
        var (exit, _, error) = await _cli.RunAsync("import /no/such/export.json");

        Assert.Equal(1, exit);
        Assert.Equal("marquee: /no/such/export.json: no such file or folder", error.Trim());
    }

    [Fact]
    public async Task Import_prints_counts_and_a_second_run_changes_nothing()
    {
        var folder = Path.Combine(Repository.Corpus, "crawl");

        var first = await _cli.RunAsync($"import \"{folder}\"");
        var second = await _cli.RunAsync($"import \"{folder}\" --format crawl");

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        Assert.Equal("Imported 1 file(s); articles: 1 created, 0 updated, 0 unchanged; authors: 1 created, 0 updated, 0 unchanged; tags: 7 created, 0 updated, 0 unchanged", first.Output.Trim());
        Assert.Equal("Imported 1 file(s); articles: 0 created, 0 updated, 1 unchanged; authors: 0 created, 0 updated, 1 unchanged; tags: 0 created, 0 updated, 7 unchanged", second.Output.Trim());
    }

    [Fact]
    public async Task Import_skipping_refused_files_lists_each_and_imports_the_rest()
    {
        var folder = Path.Combine(_cli.DataPath, "crawl");
        Directory.CreateDirectory(folder);
        var menu = Path.Combine(folder, "menu.txt");
        await File.WriteAllTextAsync(menu, "date 2017-02-03 Menu\n  • Home\n  • News\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "story.txt"), "date 2017-02-03 A Story\n\nSome text that is long enough to be a paragraph.\n", TestContext.Current.CancellationToken);

        var (exit, output, _) = await _cli.RunAsync($"import \"{folder}\" --skip-refused");

        Assert.Equal(0, exit);
        Assert.Equal(
            ["Imported 1 file(s); articles: 1 created, 0 updated, 0 unchanged; 1 file(s) refused", $"Refused {menu}: 'Menu': no article text found after the first line"],
            output.Trim().Split('\n').Select(line => line.TrimEnd()));
    }

    [Fact]
    public async Task Import_of_a_malformed_record_exits_1_with_one_line_naming_file_and_line()
    {
        var file = Path.Combine(_cli.DataPath, "bad.txt");
        Directory.CreateDirectory(_cli.DataPath);
        await File.WriteAllTextAsync(file, "date 2017-02-30 Not a Day\n\nSome text that is long enough to be a paragraph.\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await _cli.RunAsync($"import \"{file}\" --format crawl");

        Assert.Equal(1, exit);
        Assert.Equal($"marquee: {file}: line 1: '2017-02-30' is not a date", error.Trim());
    }

    [Fact]
    public async Task Ghost_import_prints_counts_then_each_record_it_skipped_and_a_second_run_changes_nothing()
    {
        var file = Path.Combine(Repository.Corpus, "ghost", "core-export-legacy", "lts", "export-003-dbErrors.json");
        string[] skipped =
        [
            $"Skipped {file}: tag 2 'tagging-things': tag 1 has the same slug; Ghost keeps the first, and links to this one go to it",
            $"Skipped {file}: tag 3 'tagging-things': tag 1 has the same slug; Ghost keeps the first, and links to this one go to it",
            $"Skipped {file}: posts_tags row 3: links post 3, which is not in the file; link dropped",
            $"Skipped {file}: post 2 'test-ghost-post': post 1 has the same slug; Ghost keeps the first",
        ];

        var first = await _cli.RunAsync($"import \"{file}\"");
        var second = await _cli.RunAsync($"import \"{file}\" --format ghost");

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        Assert.Equal(
            ["Imported 1 file(s); articles: 1 created, 0 updated, 0 unchanged; authors: 1 created, 0 updated, 0 unchanged; tags: 1 created, 0 updated, 0 unchanged; 4 skipped", .. skipped],
            first.Output.TrimEnd().Split('\n'));
        Assert.Equal(
            ["Imported 1 file(s); articles: 0 created, 0 updated, 1 unchanged; authors: 0 created, 0 updated, 1 unchanged; tags: 0 created, 0 updated, 1 unchanged; 4 skipped", .. skipped],
            second.Output.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Wordpress_import_is_recognised_by_its_xml_name_and_refuses_a_dtd_with_one_line()
    {
        var file = Path.Combine(Repository.Corpus, "wxr", "wxr-simple.xml");
        var hostile = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():n}-lol.xml");
        await File.WriteAllTextAsync(hostile, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">]><rss>&lol;</rss>", TestContext.Current.CancellationToken);

        var imported = await _cli.RunAsync($"import \"{file}\"");
        var refused = await _cli.RunAsync($"import \"{hostile}\"");
        File.Delete(hostile);

        Assert.Equal((0, ""), (imported.ExitCode, imported.Error));
        Assert.StartsWith("Imported 1 file(s); articles: 1 created, 0 updated, 0 unchanged; authors: 1 created", imported.Output, StringComparison.Ordinal);
        Assert.Equal((1, $"marquee: {hostile}: has a DTD (<!DOCTYPE>), which WordPress never writes; refused, as its entities could expand without bound (billion laughs) or read other files (XXE)"), (refused.ExitCode, refused.Error.Trim()));
    }

    [Fact]
    public async Task Ghost_import_of_a_file_Ghost_itself_refuses_exits_1_with_one_line_naming_file_and_record()
    {
        var file = Path.Combine(Repository.Corpus, "ghost", "core-export-legacy", "lts", "export-lts-style-user-long-email.json");

        var (exit, output, error) = await _cli.RunAsync($"import \"{file}\"");

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"marquee: {file}: user 1 'joe-bloggs-long-email-brother': email is 201 characters long; Ghost itself refuses more than 191", error.Trim());
    }

    [Fact]
    public async Task Ghosts_old_markdown_import_files_are_not_taken_for_an_export()
    {
        var file = Path.Combine(Repository.Corpus, "ghost", "core-import", "published-2014-12-19-test-1.md");

        var (exit, _, error) = await _cli.RunAsync($"import \"{file}\"");

        Assert.Equal(1, exit);
        Assert.Equal($"marquee: {file}: cannot tell the format; pass --format (crawl|ghost|wxr|html)", error.Trim());
    }

    [Fact]
    public async Task Import_help_offers_the_registered_formats_and_how_each_is_recognised()
    {
        var (exit, output, _) = await _cli.RunAsync("import --help");

        Assert.Equal(0, exit);
        Assert.Contains("crawl | ghost | wxr | html (default: from the file name: .txt is crawl, .json is ghost, .xml is wxr, .html is html)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_rejects_an_unknown_format()
    {
        var (exit, _, error) = await _cli.RunAsync("import x.xml --format xml");

        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_add_reads_the_password_from_stdin_and_refuses_a_duplicate()
    {
        var added = await _cli.RunAsync("user add --email Editor@Example.com --name \"Ed Itor\" --role editor", "correct horse battery staple");
        var again = await _cli.RunAsync("user add --email editor@example.com --name Other --role author", "another long password");

        Assert.Equal((0, "Added editor editor@example.com"), (added.ExitCode, added.Output.Trim()));
        Assert.Equal((1, "marquee: a user with email editor@example.com already exists"), (again.ExitCode, again.Error.Trim()));
    }

    [Fact]
    public async Task User_password_sets_a_new_password_that_signs_in_and_refuses_an_unknown_address_or_a_common_password()
    {
        await _cli.RunAsync("user add --email lost@example.com --name \"Lost Password\" --role administrator", "the first long passphrase");

        var reset = await _cli.RunAsync("user password --email Lost@Example.com", StaffSession.Password);
        var unknown = await _cli.RunAsync("user password --email nobody@example.com", "another long passphrase");
        var common = await _cli.RunAsync("user password --email lost@example.com", "password1234");
        await using var node = await _cli.ServeAsync();
        using var signedIn = await StaffSession.SignInAsync(node.Client.BaseAddress!, "lost@example.com");

        Assert.Equal((0, "Set a new password for Lost@Example.com; their sessions have ended"), (reset.ExitCode, reset.Output.Trim()));
        Assert.Equal((1, "marquee: no newsroom user has the email nobody@example.com"), (unknown.ExitCode, unknown.Error.Trim()));
        Assert.Equal(1, common.ExitCode);
        Assert.Contains("this password is too common", common.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--email not-an-email --name A --role editor", "long enough password", "is not an email address")]
    [InlineData("--email a@example.com --name A --role boss", "long enough password", "role 'boss' is not one of")]
    [InlineData("--email a@example.com --name A --role editor", "short", "password must be at least 12 characters")]
    [InlineData("--email a@example.com --name A --role editor", "aaaaaaaaaaaaaaaa", "password must use at least 5 different characters")]
    [InlineData("--email writer.person@example.com --name A --role editor", "writer.person is my password", "password must not contain your email address or name")]
    [InlineData("--email a@example.com --name A --role editor", "password1234", "marquee: this password is too common")]
    [InlineData("--email a@example.com --name A --role editor", "Sunshine2024!!", "marquee: this password is too common")]
    public async Task User_add_refuses_bad_input_with_a_reason(string arguments, string password, string reason)
    {
        var (exit, _, error) = await _cli.RunAsync($"user add {arguments}", password);

        Assert.Equal(1, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_add_prints_the_key_on_its_last_line_list_shows_it_and_remove_revokes_it()
    {
        var added = await _cli.RunAsync("key add --name \"Next.js front end\"");
        var duplicate = await _cli.RunAsync("key add --name \"Next.js front end\"");
        var listed = await _cli.RunAsync("key list");
        var removed = await _cli.RunAsync("key remove --name \"Next.js front end\"");
        var listedAfter = await _cli.RunAsync("key list");
        var removedAgain = await _cli.RunAsync("key remove --name \"Next.js front end\"");

        var key = added.Output.TrimEnd().Split('\n')[^1];
        Assert.Equal(0, added.ExitCode);
        Assert.Matches("^[0-9a-f]{26}$", key);
        Assert.Equal((1, "marquee: a content API key named 'Next.js front end' already exists"), (duplicate.ExitCode, duplicate.Error.Trim()));
        Assert.StartsWith($"Next.js front end\t{key}\t", listed.Output, StringComparison.Ordinal);
        Assert.Equal((0, "Removed Content API key 'Next.js front end'"), (removed.ExitCode, removed.Output.Trim()));
        Assert.Equal("", listedAfter.Output);
        Assert.Equal((1, "marquee: no content API key is named 'Next.js front end'"), (removedAgain.ExitCode, removedAgain.Error.Trim()));
    }

    [Fact]
    public async Task Key_add_refuses_an_empty_name()
    {
        var (exit, output, error) = await _cli.RunAsync("key add --name \" \"");

        Assert.Equal((1, "", "marquee: key name must be 1 to 200 characters"), (exit, output, error.Trim()));
    }

    public void Dispose() => _cli.Dispose();
}
