package io.deliverygates.coverage.sample;

/** Sample code with a switch. */
public final class Greeter {
    private final String language;

    public Greeter(String language) {
        this.language = language;
    }

    public String greet(String name) {
        switch (language) {
            case "de":
                return "Hallo " + name;
            case "fr":
                return "Bonjour " + name;
            default:
                return "Hello " + name;
        }
    }
}
