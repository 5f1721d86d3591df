package dev.archrules.cli;

/** Input the command cannot work with; its message says what to do and is printed as one line. */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }
}
