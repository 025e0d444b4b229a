package com.fanbase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FanbaseApplication {

	public static void main(String[] args) {
		SpringApplication.run(FanbaseApplication.class, args);
	}

}
