package uk.hubreturns.local;

/** What the command line asked for. */
sealed interface LocalCommand {

    record Serve(ServeOptions options) implements LocalCommand {
    }

    record Invoke(InvokeOptions options) implements LocalCommand {
    }

    record Token(TokenRequest request, Storage storage) implements LocalCommand {
    }

    record Help() implements LocalCommand {
    }
}
