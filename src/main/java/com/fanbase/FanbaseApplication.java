package com.fanbase;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import com.fanbase.cli.Commands;

@SpringBootApplication
public class FanbaseApplication {

	public static void main(String[] args) {
		if (Commands.isCommand(args)) {
			System.exit(Commands.run(args, FanbaseApplication.class));
		}
		SpringApplication.run(FanbaseApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
