using System.CommandLine;
using DefenceSearch.Cli;

var root = new RootCommand("DefenceSearch: index and search Vietnamese news about defence cooperation.");
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
return root.Parse(args).Invoke();
