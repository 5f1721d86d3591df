package odd;

/** Does not compile: the method is never closed. */
public class SyntaxBroken {

    String sql() {
        return "select id from orders";

}
