package odd;

/** Starts with a UTF-8 byte order mark. */
public class WithBom {

    String sql() {
        return "select id from orders";
    }
}
