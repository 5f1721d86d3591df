package com.example.springshop.orders;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import java.util.Hashtable;

/** Looks a customer's e-mail address up in the corporate LDAP directory itself, through JNDI. */
@Service
public class CustomerDirectoryService {

    private final Environment environment;

    public CustomerDirectoryService(Environment environment) {
        this.environment = environment;
    }

    public String emailOf(String customer) throws NamingException {
        Hashtable<String, String> settings = new Hashtable<>();
        settings.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        settings.put(Context.PROVIDER_URL, environment.getProperty("directory.url"));
        DirContext directory = new InitialDirContext(settings);
        try {
            return String.valueOf(directory.getAttributes("uid=" + customer + ",ou=customers").get("mail").get());
        } finally {
            directory.close();
        }
    }
}
